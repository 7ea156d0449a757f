// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace gl::json {

using Json = nlohmann::json;

// Parses a response body without throwing. The error says what arrived instead of JSON
// (an HTML page, an empty or truncated body) and where parsing stopped.
// Documents nested deeper than kMaxDepth are refused before parsing: every API we read nests a handful of
// levels, and a body of 15 MiB of '[' would otherwise take more than a gigabyte to hold.
Result<Json> parse(const QByteArray &body);
// The same limit, for a best-effort read (an error body's message): a discarded value when the body is not
// JSON or nests too deep.
Json parseOrDiscarded(const QByteArray &body);
constexpr int kMaxDepth = 64;
// The deepest nesting of arrays and objects in body (strings skipped), or kMaxDepth + 1 once it passes the
// limit (the scan stops there).
int nestingDepth(const QByteArray &body);

QString typeName(const Json &value);

// Field readers: a missing or null optional field gives std::nullopt; a present field of the wrong
// type is an error that names the path ("items[2].status") and the expected type.
Result<QString> string(const Json &object, const char *key, const QString &path);
Result<std::optional<QString>> optionalString(const Json &object, const char *key, const QString &path);
Result<qint64> integer(const Json &object, const char *key, const QString &path);
Result<std::optional<qint64>> optionalInteger(const Json &object, const char *key, const QString &path);
Result<std::optional<bool>> optionalBool(const Json &object, const char *key, const QString &path);
Result<QDateTime> dateTime(const Json &object, const char *key, const QString &path);
Result<std::optional<QDateTime>> optionalDateTime(const Json &object, const char *key, const QString &path);
Result<const Json *> array(const Json &object, const char *key, const QString &path);
Result<const Json *> optionalObject(const Json &object, const char *key, const QString &path);
Result<const Json *> optionalArray(const Json &object, const char *key,
                                   const QString &path); // null if absent
// An optional field with its type's empty value when missing or null ("", 0).
Result<QString> text(const Json &object, const char *key, const QString &path);
Result<qint64> number(const Json &object, const char *key, const QString &path);

QString field(const QString &path, const char *key);
QString element(const QString &path, std::size_t index);

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace gl::json

#define GL_TRY(var, expr)                                                                                    \
    auto var##Result_ = (expr);                                                                              \
    if (!var##Result_) {                                                                                     \
        return gl::Unexpected(var##Result_.error());                                                         \
    }                                                                                                        \
    auto var = std::move(*var##Result_) /* NOLINT(bugprone-macro-parentheses): var names a variable */
