/// Decimal formatting of a `Double` without Foundation, for `fixed(_:_:)` and `note(…)`.
///
/// Works on the shortest decimal text that reads back as the same double (Swift's
/// `description`), so `fixed(2.675, 2)` is `"2.68"` — the rounding a reader does on the
/// number the program printed — rather than `printf`'s `"2.67"`, which rounds the binary
/// value 2.67499999999999982236431605997495353221893310546875.
struct DecimalText {
    /// The digits, most significant first, without leading zeros (empty for zero).
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    var exponent: Int
    var negative: Bool

    /// The exact shortest decimal form of a finite `x`.
    init(_ x: Double) {
        precondition(x.isFinite)
        negative = x.sign == .minus
        let text = Swift.abs(x).description  // "0.1", "5.0", "1e-05", "1.2345e+20"
        var mantissa = Substring(text)
        var power = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            power = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var afterPoint = false
        for character in mantissa {
            if character == "." { afterPoint = true; continue }
            guard let value = character.wholeNumberValue else { continue }
            digits.append(UInt8(value))
            if afterPoint { fractionDigits += 1 }
        }
        while let first = digits.first, first == 0 { digits.removeFirst() }
        self.digits = digits
        self.exponent = power - fractionDigits
    }

    /// The power of ten of the leading digit (0 for 1–9.99…, -1 for 0.1–0.99…); nil for zero.
    var leadingPower: Int? { digits.isEmpty ? nil : exponent + digits.count - 1 }

    /// Rounds half away from zero so that the last digit is at 10^`place`.
    mutating func round(toPlace place: Int) {
        if exponent >= place { return }
        let drop = place - exponent
        guard drop <= digits.count else {
            digits = []
            exponent = place
            return
        }
        let roundUp = drop > 0 && digits[digits.count - drop] >= 5
        digits.removeLast(drop)
        exponent = place
        if roundUp {
            var index = digits.count - 1
            while index >= 0, digits[index] == 9 { digits[index] = 0; index -= 1 }
            if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0) }
        }
        while let first = digits.first, first == 0 { digits.removeFirst() }
    }

    /// The text with exactly `decimals` digits after the point (none and no point for 0);
    /// the value must already be rounded to that place. A value that rounded to zero has no
    /// minus sign.
    func text(decimals: Int) -> String {
        var all = digits
        if exponent > -decimals { all += [UInt8](repeating: 0, count: exponent + decimals) }
        if all.count < decimals + 1 { all = [UInt8](repeating: 0, count: decimals + 1 - all.count) + all }
        var out = negative && !digits.isEmpty ? "-" : ""
        for (index, digit) in all.enumerated() {
            if index == all.count - decimals { out += "." }
            out += String(digit)
        }
        return out
    }
}

/// The text of a non-finite double.
func nonFiniteText(_ x: Double) -> String {
    x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
}

/// `x` with exactly `decimals` digits after the point, as text — for prose and labels,
/// without Foundation's `String(format:)`.
///
/// ```swift
/// fixed(0.51649, 3)   // "0.516"
/// fixed(2.5, 0)       // "3"   (half away from zero)
/// fixed(-0.0004, 2)   // "0.00" (no minus sign on a rounded zero)
/// fixed(1e21, 1)      // "1000000000000000000000.0"
/// ```
///
/// Rounds the shortest decimal form of `x` (what `print(x)` shows) half away from zero.
/// NaN and infinities give `"nan"`, `"inf"` and `"-inf"`.
public func fixed(_ x: Double, _ decimals: Int) -> String {
    precondition((0...20).contains(decimals), "fixed(_:_:) takes 0 to 20 decimals, not \(decimals)")
    guard x.isFinite else { return nonFiniteText(x) }
    var decimal = DecimalText(x)
    decimal.round(toPlace: -decimals)
    return decimal.text(decimals: decimals)
}

/// `x` rounded to `digits` significant digits, as text: trailing zeros are kept, since
/// they are significant (`"0.500"`), and large values are written out (`"12300"`).
///
/// ```swift
/// significantText(0.0012345, 3)   // "0.00123"
/// significantText(12345, 3)       // "12300"
/// significantText(9.996, 3)       // "10.0"
/// ```
func significantText(_ x: Double, _ digits: Int) -> String {
    precondition((1...17).contains(digits), "significant digits must be 1 to 17, not \(digits)")
    guard x.isFinite else { return nonFiniteText(x) }
    var decimal = DecimalText(x)
    guard let lead = decimal.leadingPower else { return fixed(0, digits - 1) }
    decimal.round(toPlace: lead - digits + 1)
    // A carry (9.996 → 10.0) moves the leading digit up: keep `digits` digits from there.
    let newLead = decimal.leadingPower ?? lead
    if newLead > lead { decimal.round(toPlace: newLead - digits + 1) }
    return decimal.text(decimals: max(0, digits - 1 - newLead))
}
