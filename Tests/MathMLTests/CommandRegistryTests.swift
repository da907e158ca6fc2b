import Testing
@testable import MathML

@Suite struct CommandRegistryTests {
    @Test func noCommandIsDefinedByTwoFamilies() {
        var owner: [String: String] = [:]
        var duplicates: [String] = []
        for family in CommandRegistry.families {
            for name in family.commands.keys {
                if let first = owner[name] { duplicates.append("\\\(name) in \(first) and \(family.name)") }
                owner[name] = family.name
            }
        }
        #expect(duplicates.isEmpty, "\(duplicates)")
    }

    /// Every command of every family converts when given plausible arguments.
    @Test func everyCommandConverts() {
        let arguments: [String: String] = [
            "begin": "{matrix} a \\end{matrix}", "color": "{red} x", "textcolor": "{teal}{x}", "left": "( x \\right)", "label": "{eq:a}", "operatorname": "{f}",
        ]
        let mustFail: Set<String> = ["end", "right", "\\", "middle", "limits", "newcommand", "renewcommand", "DeclareMathOperator", "nolimits", "not"]
        var failures: [String] = []
        for name in CommandRegistry.names where !mustFail.contains(name) {
            let needsDelimiter = Delimiters.commands[name] != nil
            let latex = "\\" + name + (arguments[name] ?? (needsDelimiter ? "(" : "{x}{y}"))
            do {
                _ = try MathConverter().convert(latex, display: true)
            } catch {
                failures.append("\(latex): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func theCourseCommandsAreAllThere() {
        let required = """
            frac tfrac dfrac sqrt alpha beta gamma delta epsilon varepsilon eta theta lambda mu sigma Sigma nabla partial \
            infty pm ldots cdots leq geq neq approx in to leftarrow rightarrow Rightarrow cdot times odot hat bar tilde dot \
            vec overline mathbf boldsymbol mathbb mathcal mathrm operatorname text sum prod int max min arg argmin lim log exp \
            cos sin tanh cosh left right big Big bigg Bigg , ; quad qquad ! begin end top mid { } lVert rVert langle rangle \
            ell mathsf label displaystyle |
            """.split(separator: " ").map(String.init)
        let missing = required.filter { CommandRegistry.commands[$0] == nil }
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func unsupportedCommandHintsAtTheClosestName() {
        let token = Token(kind: .command("sqrtt"), position: SourcePosition(line: 3, column: 4))
        let error = CommandRegistry.unsupported(token)
        #expect(error == MathError(message: "unsupported command \\sqrtt", line: 3, column: 4, hint: "did you mean \\sqrt?"))
    }
}
