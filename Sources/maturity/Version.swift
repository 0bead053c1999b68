/// What `maturity --version` prints: the release number and the commit the binary was built from.
enum Version {
    static let number = "0.1.0"

    static var text: String { "maturity \(number), " + (BuildInfo.commit.map { "commit " + $0.prefix(12) } ?? "unknown commit") }
}
