import Testing

// Replaced as soon as this target has real tests.
@Test func RampartVersionsTestsLinks() { #expect(Bool(true)) }
