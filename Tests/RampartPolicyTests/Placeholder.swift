import Testing

// Replaced as soon as this target has real tests.
@Test func RampartPolicyTestsLinks() { #expect(Bool(true)) }
