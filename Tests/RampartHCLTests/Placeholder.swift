import Testing

// Replaced as soon as this target has real tests.
@Test func RampartHCLTestsLinks() { #expect(Bool(true)) }
