// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace PrLens {

struct RepoRef;

/// Strict reading of what a person types for a GitHub repository or host. Everything that reaches a URL, a search
/// query or the keychain passes through here, so nothing else (user info, spaces, search qualifiers) can slip in.
namespace RepoSpec {

/// A host name as GitHub hosts use it: dot-separated labels of letters, digits and dashes (1–63 characters, not
/// starting or ending with a dash), at most 253 characters, optionally ":PORT" (1–65535). Lower-cased.
/// Empty when @p text is anything else — user info ("x@host"), spaces, paths, schemes are refused, not dropped.
QString parseHost(QStringView text);
/// GitHub's rules for account names: letters, digits and dashes, 1–39 characters.
bool isValidOwner(QStringView owner);
/// GitHub's rules for repository names: letters, digits, ".", "_" and "-", 1–100 characters, not "." or "..".
bool isValidName(QStringView name);

/// Parses "OWNER/NAME", "HOST/OWNER/NAME" or "http(s)://HOST/OWNER/NAME" (an optional ".git" or trailing "/").
/// On failure returns an invalid ref and, when @p why is given, a translated sentence saying what is wrong.
RepoRef parse(QStringView text, QString *why = nullptr);

} // namespace RepoSpec
} // namespace PrLens
