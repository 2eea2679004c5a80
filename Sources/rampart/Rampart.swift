import ArgumentParser
import RampartCLI

/// Entry point: everything lives in `RampartCLI`.
@main enum Rampart {
    static func main() async {
        await RampartCommand.main()
    }
}
