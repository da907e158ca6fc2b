/// Light or dark rendering of the same figure, matching the site's colour schemes.
public enum Theme: String, Sendable, Hashable, CaseIterable {
    /// Dark text on a white background.
    case light
    /// Light text on a dark background; data colours lightened for contrast.
    case dark

    /// The colours of the non-data parts of a figure.
    var chrome: Chrome {
        switch self {
        case .light:
            return Chrome(background: Color(hex: 0xFFFFFF), text: Color(hex: 0x1F2328),
                          secondaryText: Color(hex: 0x444A52), axis: Color(hex: 0x3A3F45),
                          grid: Color(hex: 0xE3E5E8), legendBackground: Color(hex: 0xFFFFFF, alpha: 0.88),
                          legendBorder: Color(hex: 0xC8CCD0))
        case .dark:
            return Chrome(background: Color(hex: 0x181A1F), text: Color(hex: 0xE6E8EB),
                          secondaryText: Color(hex: 0xB5BAC1), axis: Color(hex: 0xA8ADB4),
                          grid: Color(hex: 0x30343B), legendBackground: Color(hex: 0x181A1F, alpha: 0.88),
                          legendBorder: Color(hex: 0x4A4F57))
        }
    }
}

/// Colours of the figure furniture (background, text, axes, grid, legend).
struct Chrome: Sendable {
    var background: Color
    var text: Color
    var secondaryText: Color
    var axis: Color
    var grid: Color
    var legendBackground: Color
    var legendBorder: Color
}
