import CEL
import CELExtensions
import Testing

@Suite struct ExtensionLibrariesTests {
    @Test func idsAreUnique() {
        let ids = ExtensionLibraries.all().map(\.id)
        #expect(Set(ids).count == ids.count, "\(ids)")
        let base = KubernetesEnvironment.libraries().map(\.id)
        #expect(Set(base).count == base.count, "\(base)")
    }

    @Test func overloadIDsAreUniquePerLibrary() {
        for library in ExtensionLibraries.all() {
            let ids = library.functions.flatMap { $0.overloads.map(\.id) }
            #expect(Set(ids).count == ids.count, "\(library.id) repeats an overload id")
        }
    }

    @Test func olderVersionsDeclareSubsets() {
        let pairs: [(any CELLibrary, any CELLibrary)] = [
            (CELStringsExtension(version: 0), CELStringsExtension()),
            (CELListsExtension(version: 0), CELListsExtension()),
            (CELMathExtension(version: 0), CELMathExtension()),
            (KubernetesSemverLibrary(version: 0), KubernetesSemverLibrary()),
        ]
        for (old, new) in pairs {
            let oldIDs = Set(old.functions.flatMap { $0.overloads.map(\.id) })
            let newIDs = Set(new.functions.flatMap { $0.overloads.map(\.id) })
            #expect(oldIDs.isSubset(of: newIDs), "\(old.id) v\(old.version)")
            #expect(oldIDs.count < newIDs.count, "\(old.id) v\(old.version)")
        }
    }

    @Test func semverNormalizeOnlyInVersion1() {
        let v0 = CELEnvironment(libraries: [CELStandardLibrary(), KubernetesSemverLibrary(version: 0)])
        #expect(throws: CELCompileError.self) { try v0.compile("semver('v1', true)") }
        let v1 = CELEnvironment(libraries: [CELStandardLibrary(), KubernetesSemverLibrary(version: 1)])
        #expect(throws: Never.self) { try v1.compile("semver('v1', true)") }
    }
}

@Suite struct OverloadCollisionTests {
    @Test func extensionOverloadIDsDoNotShadowCoreOnes() {
        let core = Set(CELEnvironment.defaultLibraries.flatMap { $0.functions.flatMap { $0.overloads.map(\.id) } })
        for library in ExtensionLibraries.all() {
            for function in library.functions {
                for overload in function.overloads {
                    #expect(
                        !core.contains(overload.id),
                        "\(library.id) overload \(overload.id) collides with a core overload")
                }
            }
        }
    }

    @Test func librariesDoNotShadowEachOther() {
        var owner: [String: String] = [:]
        for library in ExtensionLibraries.celExtensions().filter({ $0.id != "cel.lib.ext.network" })
            + ExtensionLibraries.kubernetes()
        {
            for overload in library.functions.flatMap(\.overloads) {
                if let previous = owner[overload.id] {
                    Issue.record("\(overload.id) declared by \(previous) and \(library.id)")
                }
                owner[overload.id] = library.id
            }
        }
    }
}
