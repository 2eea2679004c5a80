import RampartVersions
import Testing

@Suite("RPM versions")
struct RpmVersionTests {
    let scheme = RpmVersionScheme()

    @Test func tildeSortsBeforeAndCaretAfterTheEnd() {
        expectAscending(scheme, ["1.0~rc1-1", "1.0-1", "1.0^20230101git1-1", "1.0.1-1"])
        expectAscending(scheme, ["1.0~~-1", "1.0~-1", "1.0-1"])
        expectAscending(scheme, ["1.0-1~beta", "1.0-1", "1.0-1^post1", "1.0-1.1"])
    }

    @Test func numbersBeatLettersAndLeadingZerosVanish() {
        expectAscending(scheme, ["1.a-1", "1.1-1"])
        expectAscending(scheme, ["1.0a-1", "1.0.1-1"])
        expectEqual(scheme, ["1.01-1", "1.001-1", "1.1-1"])
        expectEqual(scheme, ["1.0_1-1", "1.0.1-1", "1.0+1-1"])
        expectAscending(scheme, ["2.0-1.el8", "2.0-1.el9", "2.0-1.el10", "2.0-2.el8"])
    }

    @Test func epochAndMissingEpoch() {
        expectEqual(scheme, ["0:1.0-1", "1.0-1"])
        expectAscending(scheme, ["9.9-9", "1:0.1-1"])
        expectAscending(scheme, ["1:1.0-1", "18446744073709551616:1.0-1", "18446744073709551617:0-0"])
    }

    @Test func hugeNumbers() {
        expectAscending(scheme, ["1.99999999999999999999999-1", "1.100000000000000000000000-1"])
    }

    @Test func invalidInput() {
        expectRejected(scheme, "", code: .empty)
        expectRejected(scheme, "x:1.0", code: .invalidEpoch)
        expectRejected(scheme, "1:-1", code: .missingComponent)
    }
}
