import RampartCLI

/// Entry point: everything lives in `RampartCLI`. `RampartMain` (not `RampartCommand.main()`)
/// applies `rampart.yaml` and `RAMPART_*` defaults and maps errors to Rampart's exit statuses.
@main enum Rampart {
    static func main() async {
        await RampartMain.main()
    }
}
