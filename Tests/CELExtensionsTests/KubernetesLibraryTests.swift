import CEL
import CELExtensions
import Testing

@Suite struct KubernetesLibraryTests {
    @Test(arguments: [
        // lists
        "[1, 2, 3].isSorted() && !['b', 'a'].isSorted()",
        "[1, 2, 3].sum() == 6 && [1.5, 2.5].sum() == 4.0 && [1u].sum() == 1u",
        "[duration('1s'), duration('2s')].sum() == duration('3s')",
        "[3, 1, 2].min() == 1 && [3, 1, 2].max() == 3 && ['b', 'a'].min() == 'a'",
        "[1, 2, 1].indexOf(1) == 0 && [1, 2, 1].lastIndexOf(1) == 2 && [1].indexOf(5) == -1",
        // regex
        "'this is a 123 string 456'.find('[0-9]+') == '123'",
        "'abc'.find('x') == ''",
        "'a1b22c333'.findAll('[0-9]+') == ['1', '22', '333']",
        "'a1b22c333'.findAll('[0-9]+', 2) == ['1', '22']",
        "'aaa'.findAll('a', -1) == ['a', 'a', 'a']",
        // quantity
        "quantity('1Gi').isGreaterThan(quantity('1G'))",
        "quantity('1.5').add(quantity('500m')) == quantity('2')",
        "quantity('-2').sign() == -1",
        // semver
        "semver('1.2.3-rc.1').isLessThan(semver('1.2.3'))",
        "isSemver('v1.2', true) && !isSemver('v1.2')",
        // url
        "url('https://example.com:8443/a?x=1').getPort() == '8443'",
        "isURL('/abs') && !isURL('rel')",
        // format
        "format.named('uuid').hasValue() && format.uuid().validate('nope').value() == ['does not match the UUID format']",
        // ip / cidr
        "ip('10.0.0.1').family() == 4 && cidr('10.0.0.0/8').containsIP('10.1.2.3')",
        "cidr('10.0.0.1/8').masked() == cidr('10.0.0.0/8') && string(cidr('::1/128')) == '::1/128'",
    ])
    func evaluatesTrue(_ expression: String) {
        #expect(Evaluate.isTrue(expression), "\(Evaluate.value(expression))")
    }

    @Test(arguments: [
        ("[].min()", "min called on empty list"),
        ("quantity('1.5').asInteger()", "cannot convert value to integer"),
        (
            "quantity('10Mo')",
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
        ),
        ("dyn('x').find(dyn('('))", "error parsing regexp: missing ): `(`"),
    ])
    func errors(_ expression: String, _ message: String) {
        #expect(Evaluate.errorMessage(expression) == message)
    }

    @Test func typeNamesAndEquality() {
        #expect(Evaluate.isTrue("type(quantity('1')) == kubernetes.Quantity"))
        #expect(Evaluate.isTrue("type(semver('1.0.0')) == kubernetes.Semver"))
        #expect(Evaluate.isTrue("type(url('/x')) == kubernetes.URL"))
        #expect(Evaluate.isTrue("type(format.uri()) == kubernetes.NamedFormat"))
        #expect(Evaluate.isTrue("type(ip('::1')) == net.IP && type(cidr('::/0')) == net.CIDR"))
        #expect(Evaluate.isTrue("semver('1.0.0+a') == semver('1.0.0+b')"))
    }
}

@Suite struct KubernetesEnvironmentTests {
    let environment = KubernetesEnvironment.environment(variables: [CELVariable("self", .dyn)])

    func compileError(_ expression: String) -> String? {
        do throws(CELCompileError) {
            _ = try KubernetesEnvironment.compile(expression, in: environment)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("duration('1d')", "invalid duration argument"),
        ("timestamp('1000-00-00T00:00:00Z')", "invalid timestamp"),
        ("timestamp(-62135596801)", "invalid timestamp"),
        ("self.matches('x++')", "invalid matches argument"),
        ("self.find(')')", "error parsing regexp: unexpected ): `)`"),
        ("[1, 'a']", "expected type 'int' but found 'string'"),
        ("{'a': 1, 'b': 'x'}", "expected type 'int' but found 'string'"),
    ])
    func literalValidation(_ expression: String, _ message: String) {
        let error = compileError(expression)
        #expect(error?.contains(message) == true, "\(error ?? "compiled")")
    }

    @Test func validLiteralsCompile() {
        #expect(compileError("duration('1h30m') > duration('1s') && self.find('[0-9]+') != ''") == nil)
        #expect(compileError("'%d %s'.format([1, 'a'])") == nil)
    }

    @Test func evaluatesWithBindings() throws {
        let program = try KubernetesEnvironment.compile(
            "self.items.all(i, quantity(i).isLessThan(quantity('1Gi')))", in: environment)
        let object = CELValue.map(CELDictionaryMap(["items": CELValue.array(["100Mi", "512Mi"])]))
        #expect(program.evaluate(["self": object]).boolValue == true)
    }
}
