import Testing

// Replaced as soon as this target has real tests.
@Test func CELSyntaxTestsLinks() { #expect(Bool(true)) }
