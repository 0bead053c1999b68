import Foundation
import PackagePlugin

/// Compiles into `maturity` the commit it was built from, for `maturity --version`. A build command reads the
/// checkout's own files with the system shell (no git program, no network). Its inputs are HEAD and HEAD's log,
/// which git rewrites on every commit, checkout, reset or pull (SwiftPM may reuse the command list of an earlier
/// build, so the commit itself is read when the command runs, never when the list is made; the branch's ref file
/// is no input, as `git gc` may remove it). The script rewrites BuildInfo.swift only when the commit differs.
/// Outside a git checkout the commit is nil ("unknown commit"). Nothing generated is committed.
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildInfo.swift")
        let git = GitFolders(package: context.package.directoryURL)
        let inputs = [git.folder.appending(path: "HEAD"), git.folder.appending(path: "logs/HEAD")]
        return [
            .buildCommand(
                displayName: "Recording the commit of \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "sh", git.folder.path, git.common.path, output.path],
                inputFiles: inputs.filter { FileManager.default.fileExists(atPath: $0.path) },
                outputFiles: [output]
            )
        ]
    }

    /// `sh -c SCRIPT sh GIT_FOLDER COMMON_FOLDER OUTPUT`. The commit is the hash HEAD names: directly (a detached
    /// HEAD) or through its branch, read from the branch's ref file or from packed-refs. Anything missing or
    /// malformed gives nil.
    static let script = #"""
        set -eu
        git="$1"; common="$2"; out="$3"
        commit=""
        if [ -f "$git/HEAD" ]; then
          head=$(cat "$git/HEAD")
          case "$head" in
            *..*) ;;
            "ref: refs/"*)
              ref=${head#ref: }
              if [ -f "$common/$ref" ]; then commit=$(cat "$common/$ref")
              elif [ -f "$common/packed-refs" ]; then commit=$(awk -v r="$ref" '$2 == r { print $1; exit }' "$common/packed-refs")
              fi ;;
            *) commit="$head" ;;
          esac
        fi
        case "$commit" in *[!0-9a-f]*) commit="" ;; esac
        if [ ${#commit} -ne 40 ] && [ ${#commit} -ne 64 ]; then commit=""; fi
        value=nil
        if [ -n "$commit" ]; then value="\"$commit\""; fi
        text="// Generated at build time by the BuildInfo plugin; not committed.
        enum BuildInfo {
            /// The commit maturity was built from, or nil outside a git checkout.
            static let commit: String? = $value
        }"
        mkdir -p "$(dirname "$out")"
        if [ ! -f "$out" ] || [ "$(cat "$out")" != "$text" ]; then printf '%s\n' "$text" > "$out.tmp" && mv "$out.tmp" "$out"; fi
        """#
}

/// Where a checkout keeps HEAD (`folder`) and its refs (`common`). A worktree's `.git` is a file naming its git
/// folder, whose `commondir` file names the folder that holds the refs.
struct GitFolders {
    let folder: URL
    let common: URL

    init(package: URL) {
        var folder = package.appending(path: ".git")
        if let link = Self.read(folder), link.hasPrefix("gitdir: ") {
            folder = URL(fileURLWithPath: String(link.dropFirst(8)), relativeTo: package).standardizedFileURL
        }
        let base = folder.appending(path: "")
        self.folder = folder
        common = Self.read(folder.appending(path: "commondir")).map { URL(fileURLWithPath: $0, relativeTo: base).standardizedFileURL } ?? folder
    }

    static func read(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
