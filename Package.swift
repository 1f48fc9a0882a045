// swift-tools-version: 6.0
//
// rotaplan — teacher-rotation planning for Chinese education groups (集团化办学).
// Modules, bottom to top (each depends only on those above it in this list; the graph is
// drawn in docs/architecture.md):
//   CGLPK              module map for <glpk.h>, nothing else
//   GLPK               the only Swift module that touches GLPK pointers (one file imports CGLPK)
//   CZlib              module map for <zlib.h>: the Excel reader's inflate and CRC-32 (one file,
//                      RotaplanFormats/Excel/Zlib.swift, imports it)
//   ORLibrary          OR-Library GAP readers (solver-layer validation, benchmarks)
//   RotaplanDomain     entities, Instance, Policy and its key table, Pin, Solution, the rules
//                      (RuleID: every MODEL.md rule once) and findings as data, facts computed once
//   RotaplanFormats    the file formats over the domain: JSON, loading with structured locations,
//                      writing, CSV import, pins files, solution files, --set, the schema,
//                      Excel workbooks (its own zip reader and writer over zlib)
//   RotaplanModels     the three formulations (one folder each) behind one StageSolve protocol
//   RotaplanChecker    the independent checker: depends on the domain only
//   RotaplanText       every English and Chinese sentence: findings, check reports, report labels
//   RotaplanReports    CSV, Markdown and HTML reports
//   RotaplanPlan       the yearly plan (exchange → training → walking, MODEL.md §7), what-if
//                      comparison, the checked stage step
//   RotaplanGenerator  seeded instances in five city profiles
//   rotaplan           the command-line tool (thin over the stages)
//   rotaplan-bench     the benchmark harness (benchmarks/README.md)
//   RotaplanFuzz, rotaplan-fuzz  fuzz targets for the loaders and their mutation driver
//                      (docs/reliability.md; scripts/fuzz.sh runs them under libFuzzer)
import PackageDescription

let package = Package(
    name: "rotaplan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rotaplan", targets: ["rotaplan"]),
        .executable(name: "rotaplan-bench", targets: ["rotaplan-bench"]),
        .executable(name: "rotaplan-fuzz", targets: ["rotaplan-fuzz"]),
        .library(name: "GLPK", targets: ["GLPK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        .target(name: "GLPK", dependencies: ["CGLPK"], path: "Sources/GLPK"),
        .target(name: "RotaplanDomain", path: "Sources/RotaplanDomain"),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(name: "RotaplanFormats", dependencies: ["RotaplanDomain", "CZlib"],
                path: "Sources/RotaplanFormats"),
        .target(name: "RotaplanText", dependencies: ["RotaplanDomain", "RotaplanChecker", "RotaplanFormats"], path: "Sources/RotaplanText",
                exclude: ["Workbench"]),
        // The workbench's words: in RotaplanText's folder (every sentence in one place), a
        // module of its own so that only the server depends on it.
        .target(name: "RotaplanWorkbenchText", dependencies: ["RotaplanText"], path: "Sources/RotaplanText/Workbench"),
        .target(name: "RotaplanModels", dependencies: ["GLPK", "RotaplanDomain", "RotaplanFormats"], path: "Sources/RotaplanModels"),
        .target(name: "RotaplanChecker", dependencies: ["RotaplanDomain"], path: "Sources/RotaplanChecker"),
        .target(name: "RotaplanReports", dependencies: ["RotaplanDomain", "RotaplanFormats", "RotaplanText"], path: "Sources/RotaplanReports"),
        .target(name: "RotaplanPlan", dependencies: ["GLPK", "RotaplanDomain", "RotaplanModels", "RotaplanChecker", "RotaplanReports", "RotaplanFormats", "RotaplanText"],
                path: "Sources/RotaplanPlan"),
        .target(name: "ORLibrary", dependencies: ["GLPK"], path: "Sources/ORLibrary"),
        .target(name: "RotaplanGenerator", dependencies: ["RotaplanDomain", "RotaplanFormats"], path: "Sources/RotaplanGenerator"),
        .target(name: "RotaplanFuzz", dependencies: ["RotaplanDomain", "RotaplanChecker", "RotaplanGenerator", "RotaplanFormats", "RotaplanText"], path: "Sources/RotaplanFuzz"),
        .target(name: "RotaplanServer",
                dependencies: ["RotaplanDomain", "RotaplanFormats", "RotaplanText", "RotaplanWorkbenchText", "RotaplanChecker", "RotaplanReports",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "GRDB", package: "GRDB.swift"),
                               .product(name: "HTTPTypes", package: "swift-http-types"),
                               .product(name: "Crypto", package: "swift-crypto"),
                               .product(name: "_CryptoExtras", package: "swift-crypto")],
                path: "Sources/RotaplanServer"),
        .executableTarget(name: "rotaplan-fuzz", dependencies: ["RotaplanFuzz"], path: "Sources/rotaplan-fuzz"),
        .executableTarget(
            name: "rotaplan",
            dependencies: [
                "GLPK", "RotaplanDomain", "RotaplanFormats", "RotaplanText", "RotaplanModels", "RotaplanChecker", "RotaplanReports",
                "RotaplanGenerator", "RotaplanPlan", "RotaplanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/rotaplan"
        ),
        .executableTarget(
            name: "rotaplan-bench",
            dependencies: [
                "GLPK", "ORLibrary", "RotaplanDomain", "RotaplanFormats", "RotaplanGenerator", "RotaplanModels", "RotaplanChecker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/rotaplan-bench"
        ),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK", "ORLibrary", "RotaplanGenerator"], path: "Tests/GLPKTests"),
        .testTarget(name: "ModelTests", dependencies: ["RotaplanModels", "RotaplanChecker", "RotaplanDomain", "RotaplanReports", "RotaplanPlan", "GLPK", "RotaplanFormats", "RotaplanText"], path: "Tests/ModelTests"),
        .testTarget(name: "PlanTests", dependencies: ["RotaplanPlan", "RotaplanModels", "RotaplanChecker", "RotaplanDomain", "RotaplanReports", "GLPK", "RotaplanFormats", "RotaplanText"],
                    path: "Tests/PlanTests"),
        .testTarget(name: "DomainTests", dependencies: ["RotaplanDomain", "RotaplanGenerator", "RotaplanFormats", "RotaplanText"], path: "Tests/DomainTests"),
        .testTarget(name: "ExcelTests", dependencies: ["RotaplanFormats"], path: "Tests/ExcelTests"),
        .testTarget(name: "CLITests", dependencies: ["rotaplan"], path: "Tests/CLITests"),
        .testTarget(name: "ServerTests",
                    dependencies: ["RotaplanServer", "RotaplanDomain", "RotaplanFormats", "RotaplanReports", "RotaplanWorkbenchText",
                                   .product(name: "HummingbirdTesting", package: "hummingbird")],
                    path: "Tests/ServerTests"),
        .testTarget(name: "FuzzTests", dependencies: ["RotaplanFuzz", "RotaplanDomain", "RotaplanFormats"], path: "Tests/FuzzTests", exclude: ["Regressions"]),
    ],
    swiftLanguageModes: [.v6]
)
