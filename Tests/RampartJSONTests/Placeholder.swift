import Testing

// Replaced as soon as this target has real tests.
@Test func RampartJSONTestsLinks() { #expect(Bool(true)) }
