import Testing

// Replaced as soon as this target has real tests.
@Test func RampartCLITestsLinks() { #expect(Bool(true)) }
