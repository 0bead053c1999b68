// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "maturity",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "maturity", targets: ["maturity"]),
        .library(name: "MaturityKit", targets: ["MaturityKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // `maturity serve`: FlyingSocks, the async BSD-socket layer of this small pure-Swift package (no SwiftNIO, so it
        // adds seconds, not minutes, to a clean build). The preview reads each request head itself on top of it:
        // FlyingFox's own HTTP reader takes quadratic time in the line length and has no size limits.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // The system Markdown library; every call into it lives in Internal/Markdown/CMarkConverter.swift.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // One POSIX call Swift's Glibc overlay does not expose: renameat2(RENAME_EXCHANGE).
        .target(name: "CSupport"),
        .target(
            name: "MaturityKit",
            dependencies: [
                "CCmark",
                "CSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .copy("Resources/models"),
                // CLDR data for numbers, dates and plurals, pinned (scripts/generate-cldr.py).
                .copy("Resources/locales"),
                // The editor schemas; the repository's schemas/ is a link to this folder.
                .copy("Resources/schemas"),
                .copy("Resources/templates"),
            ],
            plugins: ["MustacheLookups"]
        ),
        // Templates read view-model fields through `MustacheParent.child(named:)`, about three times faster than
        // reflection. The plugin runs the tool at build time on MaturityKit's sources and compiles in a lookup for
        // every struct or final class declared `: TemplateData`; nothing generated is committed.
        .executableTarget(name: "MustacheLookupsTool"),
        .plugin(
            name: "MustacheLookups",
            capability: .buildTool(),
            dependencies: ["MustacheLookupsTool"]
        ),
        // `maturity --version` names the commit it was built from: at every build the plugin reads the checkout's
        // git files with the system shell (no git program, no network) into a generated Swift file.
        .plugin(name: "BuildInfo", capability: .buildTool()),
        .executableTarget(
            name: "maturity",
            dependencies: [
                "MaturityKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            plugins: ["BuildInfo"]
        ),
        .testTarget(
            name: "MaturityKitTests",
            dependencies: ["MaturityKit", "maturity", "MustacheLookupsTool"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
