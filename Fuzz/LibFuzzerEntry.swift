// The libFuzzer entry point of rotaplan's fuzz targets (docs/reliability.md "Fuzzing").
// Not part of the Swift package: scripts/fuzz.sh compiles it with
// `swiftc -sanitize=fuzzer,address` against RotaplanDomain, RotaplanChecker and
// RotaplanFuzz built with the same flags, and libFuzzer supplies `main`.
// ROTAPLAN_FUZZ_TARGET names the target (instance, csv, solution); ROTAPLAN_REPOSITORY
// the folder holding instances/ (default: the current folder).
import Foundation
import RotaplanFuzz

private let setup: (FuzzTarget, FuzzContext) = {
    let env = ProcessInfo.processInfo.environment
    guard let target = FuzzTarget(rawValue: env["ROTAPLAN_FUZZ_TARGET"] ?? "") else {
        FileHandle.standardError.write(Data("set ROTAPLAN_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    let repository = URL(fileURLWithPath: env["ROTAPLAN_REPOSITORY"] ?? FileManager.default.currentDirectoryPath)
    do {
        return (target, try FuzzCorpus(repository: repository).context)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func rotaplanFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        try setup.1.run(setup.0, bytes)
    } catch {
        // A broken property is a finding: abort so that libFuzzer saves the input.
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        abort()
    }
    return 0
}
