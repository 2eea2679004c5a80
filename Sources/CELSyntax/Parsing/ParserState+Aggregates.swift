extension ParserState {
    /// `"[" [ExprList] [","] "]"`, elements optionally marked `?`.
    @inline(never)
    mutating func parseList() throws(Abort) -> Expr {
        let id = makeID(at: advance().start)
        var elements: [Expr] = []
        var optionalIndices: [Int] = []
        var children: Int32 = 0
        while current.kind != .rightBracket {
            if current.kind == .question {
                requireOptionalSyntax("'?'")
                advance()
                optionalIndices.append(elements.count)
            }
            do throws(Abort) {
                let element = try parseExpr()
                children = max(children, height(element))
                elements.append(element)
            } catch {
                try recover(from: error, closer: .rightBracket)
            }
            guard current.kind == .comma else { break }
            advance()
        }
        _ = try expect(.rightBracket, "to close the list")
        return try makeNode(id, .list(elements: elements, optionalIndices: optionalIndices), children: children)
    }

    /// `"{" [MapInits] [","] "}"`, keys optionally marked `?`.
    @inline(never)
    mutating func parseMap() throws(Abort) -> Expr {
        let id = makeID(at: advance().start)
        var entries: [MapEntry] = []
        var children: Int32 = 0
        while current.kind != .rightBrace {
            let isOptional = current.kind == .question
            if isOptional {
                requireOptionalSyntax("'?'")
                advance()
            }
            do throws(Abort) {
                let key = try parseExpr()
                let colon = try expect(.colon, "after the map key")
                let entryID = makeID(at: colon.start)
                let value = try parseExpr()
                children = max(children, height(key), height(value))
                entries.append(MapEntry(id: entryID, key: key, value: value, isOptional: isOptional))
            } catch {
                try recover(from: error, closer: .rightBrace)
            }
            guard current.kind == .comma else { break }
            advance()
        }
        _ = try expect(.rightBrace, "to close the map")
        return try makeNode(id, .map(entries: entries), children: children)
    }

    /// `"{" [FieldInits] [","] "}"` after a message type name; fields optionally marked `?`.
    @inline(never)
    mutating func parseMessage(typeName: String) throws(Abort) -> Expr {
        let id = makeID(at: advance().start)
        var fields: [FieldInitializer] = []
        var children: Int32 = 0
        while current.kind != .rightBrace {
            let isOptional = current.kind == .question
            if isOptional {
                requireOptionalSyntax("'?'")
                advance()
            }
            do throws(Abort) {
                let fieldToken = current
                guard fieldToken.kind == .identifier || fieldToken.kind == .escapedIdentifier else {
                    throw unexpected(expected: "a field name")
                }
                advance()
                let colon = try expect(.colon, "after the field name")
                let fieldID = makeID(at: colon.start)
                let value = try parseExpr()
                children = max(children, height(value))
                fields.append(
                    FieldInitializer(id: fieldID, field: fieldName(fieldToken), value: value, isOptional: isOptional))
            } catch {
                try recover(from: error, closer: .rightBrace)
            }
            guard current.kind == .comma else { break }
            advance()
        }
        _ = try expect(.rightBrace, "to close the message")
        return try makeNode(id, .message(typeName: typeName, fields: fields), children: children)
    }

    /// ``node(_:_:children:)`` out of line, for the aggregate parsers that sit on the recursive path.
    @inline(never)
    mutating func makeNode(_ id: Int64, _ kind: Expr.Kind, children: Int32) throws(Abort) -> Expr {
        try node(id, kind, children: children)
    }
}
