import Foundation
import XCTest

@testable import MaturityKit

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The default theme's words, for checking text made from strings.yaml.
    static let words: Words = try! TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil).words

    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    static func site(_ name: String) -> String { fixtures.appendingPathComponent("sites/\(name)").path }

    /// The repository root (tests run from anywhere, so it is found from this file's path).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The `maturity` executable built beside the test bundle.
    static var executable: URL {
        var url = Bundle.module.bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = url.appendingPathComponent("maturity")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url.deleteLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/maturity")
    }

    /// A fresh, empty temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) -> String {
        let path = NSTemporaryDirectory() + "maturity-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// Copies a folder (for example a fixture site) to a new place.
    static func copy(_ source: String, to destination: String) {
        try? FileManager.default.removeItem(atPath: destination)
        try! FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// Every file under a folder, by relative path, with its bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the real executable, as a user would.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Builds a report folder into `output` with the library, returning the failure if there was one.
    @discardableResult
    static func build(_ content: String, into output: String, force: Bool = false, language: String? = nil) -> BuildFailure? {
        do {
            _ = try Site.build(BuildOptions(content: content, output: output, force: force, language: language))
            return nil
        } catch {
            return error
        }
    }

    /// Runs one of the repository's Python scripts (scripts/NAME) with its output and errors together.
    static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.path + "/scripts/" + script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
