import RampartCLI

/// Entry point: everything lives in `RampartCLI`.
@main enum Rampart {
    static func main() async {
        await RampartMain.main()
    }
}
