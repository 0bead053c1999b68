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
        // `maturity serve`: a small pure-Swift HTTP server on async/await and BSD sockets. Chosen over Hummingbird
        // because it needs no SwiftNIO, so it adds seconds, not minutes, to a clean build, and a local preview
        // needs nothing more.
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
                .copy("Resources/templates"),
            ]
        ),
        .executableTarget(
            name: "maturity",
            dependencies: [
                "MaturityKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .testTarget(
            name: "MaturityKitTests",
            dependencies: ["MaturityKit", "maturity"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
