/// `\begin{…} … \end{…}`: matrices, `aligned`/`split`, `gathered`, `cases` and `array`, with
/// `&` between cells and `\\` between rows.
///
/// `\begin{array}{lcr}` takes a column specification: `l`, `c`, `r` for a left-, centre- or
/// right-aligned column, and `|` between (or around) columns for a vertical rule.
enum Environments {
    enum Layout: Sendable {
        /// Centred columns.
        case centered
        /// Column pairs aligned right then left, glued together (the `&=` of `aligned`).
        case aligned
        /// Left-aligned columns with a quad between them.
        case cases
        /// An `array`'s own columns.
        case columns([ArrayColumns.Column])
    }

    struct Environment: Sendable {
        var open: String?
        var close: String?
        var layout: Layout
        /// Whether the cells are in display style (`aligned`) or text style (matrices).
        var displayStyle: Bool
    }

    static let environments: [String: Environment] = [
        "matrix": Environment(layout: .centered, displayStyle: false),
        "pmatrix": Environment(open: "(", close: ")", layout: .centered, displayStyle: false),
        "bmatrix": Environment(open: "[", close: "]", layout: .centered, displayStyle: false),
        "Bmatrix": Environment(open: "{", close: "}", layout: .centered, displayStyle: false),
        "vmatrix": Environment(open: "|", close: "|", layout: .centered, displayStyle: false),
        "Vmatrix": Environment(open: "‖", close: "‖", layout: .centered, displayStyle: false),
        "aligned": Environment(layout: .aligned, displayStyle: true),
        "split": Environment(layout: .aligned, displayStyle: true),
        "align": Environment(layout: .aligned, displayStyle: true),
        "align*": Environment(layout: .aligned, displayStyle: true),
        "gathered": Environment(layout: .centered, displayStyle: true),
        "gather": Environment(layout: .centered, displayStyle: true),
        "gather*": Environment(layout: .centered, displayStyle: true),
        "cases": Environment(open: "{", layout: .cases, displayStyle: false),
        "dcases": Environment(open: "{", layout: .cases, displayStyle: true),
        "array": Environment(layout: .columns([]), displayStyle: false),
    ]

    static let commands: [String: Command] = [
        "begin": Command { parser, token throws(MathError) in try environment(token, parser: &parser) },
        // `\end`, `\right` and `\\` end expressions; they only get here as a misplaced argument.
        "end": Command { parser, token throws(MathError) in throw parser.unexpected(token) },
        "right": Command { parser, token throws(MathError) in throw parser.unexpected(token) },
        "\\": Command { parser, token throws(MathError) in throw parser.unexpected(token) },
    ]

    static func environment(_ begin: Token, parser: inout Parser) throws(MathError) -> MathNode {
        let name = try parser.parseRawArgument(for: begin)
        guard var environment = environments[name] else {
            let suggestion = Suggestions.closest(to: name, among: environments.keys.sorted())
            throw MathError("unknown environment \(name)", at: begin.position,
                            hint: suggestion.map { "did you mean \($0)?" }
                                ?? "supported: matrix, pmatrix, bmatrix, Bmatrix, vmatrix, Vmatrix, aligned, split, gathered, cases")
        }
        if case .columns = environment.layout {
            environment.layout = .columns(try ArrayColumns.parse(try parser.parseRawArgument(for: begin), at: begin))
        }
        let savedStyle = parser.displayStyle
        parser.displayStyle = environment.displayStyle
        parser.environmentDepth += 1
        defer {
            parser.displayStyle = savedStyle
        }
        var rows: [[[MathNode]]] = []
        var row: [[MathNode]] = []
        while true {
            let cell = try parser.parseExpression()
            row.append(cell)
            let token = parser.current
            switch token.kind {
            case .ampersand:
                parser.advance()
            case .command("\\"):
                parser.advance()
                try skipRowSpacing(after: token, parser: &parser)
                rows.append(row)
                row = []
            case .command("end"):
                parser.environmentDepth -= 1
                parser.advance()
                let endName = try parser.parseRawArgument(for: token)
                guard endName == name else {
                    throw MathError("\\end{\(endName)} does not match \\begin{\(name)}", at: token.position,
                                    hint: "close with \\end{\(name)} (begun at \(begin.position.line):\(begin.position.column))")
                }
                if row.count > 1 || row.first?.isEmpty == false || rows.isEmpty { rows.append(row) }
                if case .columns(let columns) = environment.layout,
                   let wide = rows.first(where: { $0.count > columns.count }) {
                    throw MathError("a row of the array has \(wide.count) cells, but the array declares \(columns.count) columns",
                                    at: begin.position, hint: "add columns to the specification, or remove an &")
                }
                return table(rows, environment)
            default:
                parser.environmentDepth -= 1
                throw parser.missing("missing \\end{\(name)}", opener: begin, hint: "add \\end{\(name)} after the last row")
            }
        }
    }

    /// Skips the optional extra row space of `\\[2pt]`, which the MathML layout does not need.
    static func skipRowSpacing(after newline: Token, parser: inout Parser) throws(MathError) {
        guard parser.peekPastSpaces().kind == .character("[") else { return }
        parser.skipSpaces()
        let open = parser.current
        while parser.current.kind != .character("]") {
            if parser.current.kind == .end {
                throw MathError("missing ] for \\\\[", at: open.position, hint: "write the row space as \\\\[2pt]")
            }
            parser.advance()
        }
        parser.advance()
    }

    /// The `<mtable>`, between its delimiters when it has any.
    static func table(_ rows: [[[MathNode]]], _ environment: Environment) -> MathNode {
        let rowNodes = rows.map { cells in
            MathNode("mtr", children: cells.enumerated().map { column, cell in
                MathNode("mtd", children: cell, attributes: cellStyle(column: column, layout: environment.layout))
            })
        }
        var attributes: [(String, String)] = []
        if environment.displayStyle { attributes.append(("displaystyle", "true")) }
        let table = MathNode("mtable", children: rowNodes, attributes: attributes)
        guard environment.open != nil || environment.close != nil else { return table }
        var children: [MathNode] = []
        if let open = environment.open { children.append(Delimiters.fence(open, form: "prefix", atom: .open)) }
        children.append(table)
        if let close = environment.close { children.append(Delimiters.fence(close, form: "postfix", atom: .close)) }
        return MathNode("mrow", children: children, atom: .inner)
    }

    /// MathML Core has no `columnalign`: alignment and spacing are CSS on each cell.
    /// Chromium aligns a cell's math only with `-webkit-left`/`-webkit-right` (checked in
    /// headless Chromium); the plain keyword before it serves browsers without them.
    static func cellStyle(column: Int, layout: Layout) -> [(String, String)] {
        let right = "text-align:right;text-align:-webkit-right"
        let left = "text-align:left;text-align:-webkit-left"
        switch layout {
        case .centered:
            return []
        case .columns(let columns):
            guard column < columns.count else { return [] }
            return [("style", columns[column].style(first: column == 0))]
        case .aligned:
            if column % 2 == 1 { return [("style", "\(left);padding-left:0;padding-right:0")] }
            return [("style", "\(right);padding-left:\(column == 0 ? "0" : "1em");padding-right:0")]
        case .cases:
            return [("style", "\(left);padding-left:\(column == 0 ? "0" : "1em")")]
        }
    }
}

/// The column specification of `\begin{array}{…}`.
enum ArrayColumns {
    struct Column: Sendable, Hashable {
        enum Alignment: Sendable, Hashable { case left, center, right }
        var alignment: Alignment
        var ruleBefore = false
        var ruleAfter = false

        /// MathML Core has no `columnalign` or `columnlines`: both are CSS on the cell.
        func style(first: Bool) -> String {
            var parts: [String]
            switch alignment {
            case .left: parts = ["text-align:left", "text-align:-webkit-left"]
            case .center: parts = ["text-align:center"]
            case .right: parts = ["text-align:right", "text-align:-webkit-right"]
            }
            if ruleBefore { parts.append("border-left:1px solid") }
            if ruleAfter { parts.append("border-right:1px solid") }
            return parts.joined(separator: ";")
        }
    }

    /// Parses `lcr` with `|` rules; spaces are ignored.
    static func parse(_ specification: String, at begin: Token) throws(MathError) -> [Column] {
        var columns: [Column] = []
        var pendingRule = false
        for character in specification where character != " " {
            switch character {
            case "l", "c", "r":
                let alignment: Column.Alignment = character == "l" ? .left : character == "c" ? .center : .right
                columns.append(Column(alignment: alignment, ruleBefore: pendingRule))
                pendingRule = false
            case "|":
                if pendingRule || columns.isEmpty {
                    pendingRule = true
                } else if columns[columns.count - 1].ruleAfter {
                    pendingRule = true
                } else {
                    columns[columns.count - 1].ruleAfter = true
                }
            default:
                throw MathError("unsupported column type '\(character)' in \\begin{array}{\(specification)}", at: begin.position,
                                hint: "use l, c, r for columns and | for a rule between them")
            }
        }
        guard !columns.isEmpty else {
            throw MathError("\\begin{array} needs a column specification", at: begin.position,
                            hint: "write one letter per column, e.g. \\begin{array}{lcr}")
        }
        return columns
    }
}
