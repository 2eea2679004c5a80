import CELExtensions
import Testing

@Suite struct IPAddressTests {
    func ip(_ text: String) throws(NetworkAddressError) -> IPAddress { try IPAddress(parsing: text) }

    @Test(arguments: [
        ("192.168.0.1", "192.168.0.1"), ("2001:DB8::68", "2001:db8::68"), ("::", "::"), ("::1", "::1"),
        ("1:0:0:1:0:0:0:1", "1:0:0:1::1"), ("1:0:1:0:1:0:1:0", "1:0:1:0:1:0:1:0"), ("fe80::", "fe80::"),
        ("::ffff:c0a8:1", "192.168.0.1"), ("1::2:0:0:3", "1::2:0:0:3"), ("0:0:1::", "0:0:1::"),
        ("::1.2.3.4", "::102:304"),
    ])
    func canonicalText(_ text: String, _ expected: String) throws {
        #expect(try ip(text).description == expected)
    }

    @Test(arguments: [
        "192.168.0.1.0", "192.168.01.1", "256.1.1.1", "1.2.3", "1..2.3", "2001:db8:::68", "fe80::1%en0",
        "::ffff:192.168.0.1", "", "abc", "1:2:3:4:5:6:7:8:9", "12345::", "1:2", ":1::",
    ])
    func rejects(_ text: String) {
        #expect(!IPAddress.isValid(text))
    }

    @Test func goStyleMessages() {
        do { _ = try ip("192.168.0.1.0") } catch {
            #expect(
                error.message
                    == "IP Address \"192.168.0.1.0\" parse error during conversion from string: ParseAddr(\"192.168.0.1.0\"): IPv4 address too long"
            )
        }
        do { _ = try ip("2001:db8:::68") } catch {
            #expect(
                error.message.hasSuffix(
                    "ParseAddr(\"2001:db8:::68\"): each colon-separated field must have at least one digit (at \":68\")"
                ))
        }
        do { _ = try ip("::ffff:192.168.0.1") } catch {
            #expect(error.message == "IPv4-mapped IPv6 address is not allowed")
        }
    }

    @Test func classification() throws {
        #expect(try ip("0.0.0.0").isUnspecified && ip("::").isUnspecified && !ip("127.0.0.1").isUnspecified)
        #expect(try ip("127.0.0.1").isLoopback && ip("::1").isLoopback && !ip("1.2.3.4").isLoopback)
        #expect(try ip("224.0.0.1").isLinkLocalMulticast && !ip("224.0.1.1").isLinkLocalMulticast)
        #expect(try ip("ff02::1").isLinkLocalMulticast && !ip("fd00::1").isLinkLocalMulticast)
        #expect(
            try ip("169.254.169.254").isLinkLocalUnicast && ip("fe80::1").isLinkLocalUnicast
                && !ip("fd80::1").isLinkLocalUnicast)
        #expect(try ip("192.168.0.1").isGlobalUnicast && ip("2001:db8::abcd").isGlobalUnicast)
        #expect(try !ip("255.255.255.255").isGlobalUnicast && !ip("ff00::1").isGlobalUnicast)
        #expect(try ip("192.168.0.1").family == 4 && ip("2001:db8::68").family == 6)
    }

    @Test func canonicalCheck() throws {
        #expect(try IPAddress.isCanonical("127.0.0.1"))
        #expect(try IPAddress.isCanonical("2001:db8::68"))
        #expect(try !IPAddress.isCanonical("2001:DB8::68"))
        #expect(throws: NetworkAddressError.self) { try IPAddress.isCanonical("127.0.0.1.0") }
    }

    @Test func equality() throws {
        #expect(try ip("2001:db8::1") == ip("2001:DB8::1"))
        #expect(try ip("::ffff:c0a8:1") == ip("192.168.0.1"))
        #expect(try ip("::") != ip("::ffff"))
    }
}

@Suite struct IPPrefixTests {
    func cidr(_ text: String) throws(NetworkAddressError) -> IPPrefix { try IPPrefix(parsing: text) }
    func ip(_ text: String) throws(NetworkAddressError) -> IPAddress { try IPAddress(parsing: text) }

    @Test func parsesAndPrints() throws {
        #expect(try cidr("192.168.0.0/24").description == "192.168.0.0/24")
        #expect(try cidr("2001:db8::/32").description == "2001:db8::/32")
        #expect(try cidr("192.168.0.1/24").masked().description == "192.168.0.0/24")
        #expect(try cidr("2001:db8:1::/32").masked().description == "2001:db8::/32")
        #expect(try cidr("192.168.0.0/24").prefixLength == 24)
        #expect(try cidr("10.0.0.0/0").masked().description == "0.0.0.0/0")
    }

    @Test(arguments: [
        "192.168.0.0/", "192.168.0.0", "192.168.0.0/33", "::/129", "1.2.3.4/08", "fe80::1%en0/24",
        "::ffff:192.168.0.1/24", "1.2.3.4/-1",
    ])
    func rejects(_ text: String) {
        #expect(!IPPrefix.isValid(text))
    }

    @Test func messages() {
        do { _ = try cidr("192.168.0.0/") } catch {
            #expect(
                error.message
                    == "network address parse error during conversion from string: netip.ParsePrefix(\"192.168.0.0/\"): bad bits after slash: \"\""
            )
        }
    }

    @Test func containment() throws {
        #expect(try cidr("192.168.0.0/24").contains(ip("192.168.0.1")))
        #expect(try !cidr("192.168.0.0/24").contains(ip("192.168.1.1")))
        #expect(try cidr("192.168.0.0/24").contains(cidr("192.168.0.0/25")))
        #expect(try cidr("192.168.0.0/24").contains(cidr("192.168.0.1/32")))
        #expect(try !cidr("192.168.0.0/24").contains(cidr("192.168.0.0/23")))
        #expect(try cidr("2001:db8::/32").contains(ip("2001:db8::1")))
        #expect(try !cidr("2001:db8::/32").contains(ip("192.168.1.1")))
        #expect(try !cidr("192.168.1.1/32").contains(ip("2001:db8::1")))
        #expect(try cidr("::/0").contains(ip("ffff::1")))
        #expect(try cidr("2001:db8::/65").contains(ip("2001:db8::7fff:0:0:1")))
        #expect(try !cidr("2001:db8::/65").contains(ip("2001:db8::8000:0:0:1")))
    }

    @Test func equalityKeepsAddressAsWritten() throws {
        #expect(try cidr("127.0.0.1/24") == cidr("127.0.0.1/24"))
        #expect(try cidr("192.168.0.1/24") != cidr("192.168.0.0/24"))
    }
}
