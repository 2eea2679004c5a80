import CEL
import CELExtensions
import Testing

/// Measures evaluation throughput of typical Kubernetes-library expressions (printed, with a
/// generous bound so a pathological regression fails).
@Suite struct ThroughputTests {
    static let expressions = [
        "quantity(self.limit).isLessThan(quantity('1Gi'))",
        "self.name.find('[0-9]+') != '' && self.name.matches('^[a-z0-9-]+$')",
        "cidr('10.0.0.0/8').containsIP(self.ip) && ip(self.ip).isGlobalUnicast()",
        "url(self.url).getHostname().endsWith('.example.com')",
        "format.dns1123Subdomain().validate(self.name) == optional.none()",
        "'%s-%d'.format([self.name, 42]).split('-').size() == 3",
        "semver(self.version, true).isGreaterThan(semver('1.20.0'))",
        "self.name == 'web-123'",
    ]

    @Test(arguments: expressions)
    func evaluate(_ expression: String) throws {
        let environment = KubernetesEnvironment.environment(variables: [CELVariable("self", .dyn)])
        let program = try KubernetesEnvironment.compile(expression, in: environment)
        let object = CELValue.map(
            CELDictionaryMap([
                "limit": "512Mi", "name": "web-123", "ip": "10.1.2.3", "url": "https://api.example.com/v1",
                "version": "v1.28",
            ]))
        let bindings = CELBindings(["self": object])
        #expect(program.evaluate(bindings).boolValue == true, "\(program.evaluate(bindings))")
        let iterations = 5_000
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<iterations { _ = program.evaluate(bindings) }
        }
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        print("throughput \(Int(nanoseconds / Double(iterations))) ns/eval: \(expression)")
        #expect(elapsed < .seconds(10))
    }
}
