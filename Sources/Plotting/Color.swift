#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An sRGB colour with straight (non-premultiplied) alpha, components in 0…1.
public struct Color: Sendable, Hashable {
    /// Red.
    public var red: Double
    /// Green.
    public var green: Double
    /// Blue.
    public var blue: Double
    /// Opacity.
    public var alpha: Double

    /// Creates a colour from components in 0…1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Creates a colour from a 24-bit `0xRRGGBB` value.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255,
                  green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// The same colour with another opacity.
    public func opacity(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }

    /// Linear interpolation towards `other` (t = 0 gives self).
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
              blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }

    /// WCAG relative luminance.
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }

    /// The colour adapted for legibility on the theme's background: on dark
    /// backgrounds, dark data colours are lightened until they keep contrast.
    public func adapted(to theme: Theme) -> Color {
        guard theme == .dark else { return self }
        var c = self
        var steps = 0
        while c.luminance < 0.22, steps < 8 {
            c = c.mixed(with: Color(red: 1, green: 1, blue: 1, alpha: c.alpha), 0.18)
            steps += 1
        }
        return c
    }

    /// Okabe–Ito based series palette, ordered for contrast on white.
    public static let series: [Color] = [
        Color(hex: 0x0072B2), Color(hex: 0xD55E00), Color(hex: 0x009E73), Color(hex: 0xCC79A7),
        Color(hex: 0xE69F00), Color(hex: 0x56B4E9), Color(hex: 0x555555),
    ]

    /// Opaque black.
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// Opaque white.
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// A strong red, for minima and warnings.
    public static let red = Color(hex: 0xC0392B)
    /// Neutral grey.
    public static let gray = Color(hex: 0x808080)
}
