import RampartCore

extension ParseSession {
    /// `ENV`/`LABEL` pairs: `key=value …` (quotes and escapes allowed) or the legacy `key value`.
    mutating func nameValuePairs(
        _ keyword: String, _ text: MappedText, _ start: Int, _ end: Int, _ expander: VariableExpander
    ) -> [KeyValue] {
        let bytes = text.bytes
        let words = WordScanner.quotedWords(bytes, from: start, to: end, escape: escape)
        guard let first = words.first else { return [] }
        guard let _ = equalsSign(bytes, first.start, first.end) else {
            let valueStart = WordScanner.skipSpaces(bytes, first.end, end)
            let key = expandedWord(text, first.start, first.end, expander).word
            guard valueStart < end else {
                diagnose(
                    .dockerfileMissingArguments,
                    "\(keyword.uppercased()) \(key.text) has no value; write \(key.text)=value",
                    at: key.span
                )
                return [KeyValue(key: key, value: Word("", span: key.span), rawValue: "")]
            }
            let value = expandedWord(text, valueStart, end, expander)
            return [
                KeyValue(
                    key: key, value: value.word, rawValue: text.text(valueStart, end), isResolved: value.isComplete)
            ]
        }
        var pairs: [KeyValue] = []
        for word in words {
            guard let equals = equalsSign(bytes, word.start, word.end) else {
                diagnose(
                    .dockerfileInvalidArguments,
                    "'\(text.text(word.start, word.end))' has no '='; write every \(keyword.uppercased()) pair as name=value",
                    at: text.span(word.start, word.end, in: source)
                )
                continue
            }
            pairs.append(pair(text, word, equals, expander))
        }
        return pairs
    }

    /// `ARG name`, `ARG name=default`, several per line.
    func argumentPairs(_ text: MappedText, _ start: Int, _ end: Int, _ expander: VariableExpander) -> [KeyValue] {
        WordScanner.quotedWords(text.bytes, from: start, to: end, escape: escape).map { word in
            guard let equals = equalsSign(text.bytes, word.start, word.end) else {
                return KeyValue(
                    key: Word(text.text(word.start, word.end), span: text.span(word.start, word.end, in: source)),
                    value: nil, rawValue: nil)
            }
            return pair(text, word, equals, expander)
        }
    }

    private func pair(_ text: MappedText, _ word: WordScanner.RawWord, _ equals: Int, _ expander: VariableExpander)
        -> KeyValue
    {
        let key = expandedWord(text, word.start, equals, expander).word
        let value = expandedWord(text, equals + 1, word.end, expander)
        var valueWord = value.word
        if equals + 1 == word.end { valueWord.span = SourceSpan(at: text.span(equals, word.end, in: source).end) }
        return KeyValue(
            key: key, value: valueWord, rawValue: text.text(equals + 1, word.end), isResolved: value.isComplete)
    }

    /// The first `=` outside quotes in a word.
    private func equalsSign(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 } else if byte == escape, quote != 0x27 { index += 1 }
            } else if byte == 0x3D {
                return index
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == escape {
                index += 1
            }
            index += 1
        }
        return nil
    }
}
