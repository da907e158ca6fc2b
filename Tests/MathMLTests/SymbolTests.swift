import Testing
@testable import MathML

@Suite struct SymbolTests {
    @Test func plainSymbolTables() throws {
        #expect(Symbols.all["leq"]?.node(font: nil).markup == mo("≤"))
        #expect(Symbols.all["pm"]?.node(font: nil).atom == .binary)
        #expect(Symbols.all["Gamma"]?.node(font: nil).markup == "<mi mathvariant=\"normal\">Γ</mi>")
        #expect(Symbols.all["Gamma"]?.node(font: .bold).markup == mi("𝚪"))
    }
}
