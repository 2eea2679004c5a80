import Testing

// Replaced as soon as this target has real tests.
@Test func RampartYAMLTestsLinks() { #expect(Bool(true)) }
