// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "json.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace gl::json {
namespace {

// Records where a failed parse stopped, without exceptions.
struct ErrorLocator : nlohmann::json_sax<Json>
{
    std::size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string &, const nlohmann::detail::exception &ex) override
    {
        position = pos;
        message = ex.what();
        return false;
    }
};

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!t.isValid()) {
        return std::nullopt;
    }
    return t.toUTC();
}

} // namespace

QString field(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + u'.' + QString::fromUtf8(key);
}

QString element(const QString &path, std::size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString typeName(const Json &value)
{
    return QString::fromUtf8(value.type_name());
}

int nestingDepth(const QByteArray &body)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > kMaxDepth) {
                return kMaxDepth + 1;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

Json parseOrDiscarded(const QByteArray &body)
{
    if (nestingDepth(body) > kMaxDepth) {
        return Json(Json::value_t::discarded);
    }
    return Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

Result<Json> parse(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        return fail(JsonText::tr("expected JSON, received an empty body"));
    }
    if (trimmed.startsWith('<')) {
        static const QRegularExpression titleRe(QStringLiteral("<title>([^<]*)</title>"),
                                                QRegularExpression::CaseInsensitiveOption);
        const auto match = titleRe.match(QString::fromUtf8(trimmed.left(4096)));
        const QString title = match.hasMatch() ? match.captured(1).simplified() : QString();
        return fail(title.isEmpty()
                        ? JsonText::tr("expected JSON, received an HTML page")
                        : JsonText::tr("expected JSON, received an HTML page titled \"%1\"").arg(title));
    }
    if (nestingDepth(body) > kMaxDepth) {
        return fail(JsonText::tr("invalid JSON: nested deeper than %1 levels").arg(kMaxDepth));
    }
    Json value = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!value.is_discarded()) {
        return value;
    }
    ErrorLocator locator;
    Json::sax_parse(body.constBegin(), body.constEnd(), &locator, nlohmann::detail::input_format_t::json,
                    false);
    if (locator.position >= static_cast<std::size_t>(body.size())) {
        return fail(JsonText::tr("invalid JSON: the body ends early after %n byte(s) (truncated?)", nullptr,
                                 static_cast<int>(body.size())));
    }
    return fail(JsonText::tr("invalid JSON at byte %1 of %2").arg(locator.position).arg(body.size()));
}

static Result<const Json *> member(const Json &object, const char *key, const QString &path, bool required)
{
    if (!object.is_object()) {
        return fail(JsonText::tr("%1: expected an object, found %2")
                        .arg(path.isEmpty() ? JsonText::tr("body") : path, typeName(object)));
    }
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) {
            return fail(JsonText::tr("%1: required field is missing").arg(field(path, key)));
        }
        return nullptr;
    }
    return &*it;
}

Result<QString> string(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, true));
    if (!value->is_string()) {
        return fail(JsonText::tr("%1: expected a string, found %2").arg(field(path, key), typeName(*value)));
    }
    return qs(value->get_ref<const std::string &>());
}

Result<std::optional<QString>> optionalString(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, false));
    if (!value) {
        return std::optional<QString>();
    }
    if (!value->is_string()) {
        return fail(JsonText::tr("%1: expected a string, found %2").arg(field(path, key), typeName(*value)));
    }
    return std::optional<QString>(qs(value->get_ref<const std::string &>()));
}

static Result<qint64> toInteger(const Json &value, const QString &where)
{
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())) {
        // Read as signed, 2^63 became a negative number.
        return fail(JsonText::tr("%1: %2 is too large for a whole number here")
                        .arg(where, QString::number(value.get<std::uint64_t>())));
    }
    if (value.is_number_integer()) {
        return value.get<qint64>();
    }
    return fail(JsonText::tr("%1: expected an integer, found %2").arg(where, typeName(value)));
}

Result<qint64> integer(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, true));
    return toInteger(*value, field(path, key));
}

Result<std::optional<qint64>> optionalInteger(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, false));
    if (!value) {
        return std::optional<qint64>();
    }
    GL_TRY(number, toInteger(*value, field(path, key)));
    return std::optional<qint64>(number);
}

Result<std::optional<bool>> optionalBool(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, false));
    if (!value) {
        return std::optional<bool>();
    }
    if (!value->is_boolean()) {
        return fail(
            JsonText::tr("%1: expected true or false, found %2").arg(field(path, key), typeName(*value)));
    }
    return std::optional<bool>(value->get<bool>());
}

Result<std::optional<QDateTime>> optionalDateTime(const Json &object, const char *key, const QString &path)
{
    GL_TRY(text, optionalString(object, key, path));
    if (!text) {
        return std::optional<QDateTime>();
    }
    const auto time = parseTime(*text);
    if (!time) {
        return fail(JsonText::tr("%1: expected an ISO 8601 time, found \"%2\"")
                        .arg(field(path, key), text->left(40)));
    }
    return time;
}

Result<QDateTime> dateTime(const Json &object, const char *key, const QString &path)
{
    GL_TRY(time, optionalDateTime(object, key, path));
    if (!time) {
        return fail(JsonText::tr("%1: required field is missing").arg(field(path, key)));
    }
    return *time;
}

Result<const Json *> array(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, true));
    if (!value->is_array()) {
        return fail(JsonText::tr("%1: expected an array, found %2").arg(field(path, key), typeName(*value)));
    }
    return value;
}

Result<const Json *> optionalArray(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, false));
    if (value && !value->is_array()) {
        return fail(JsonText::tr("%1: expected an array, found %2").arg(field(path, key), typeName(*value)));
    }
    return value;
}

Result<QString> text(const Json &object, const char *key, const QString &path)
{
    GL_TRY(v, optionalString(object, key, path));
    return v.value_or(QString());
}

Result<qint64> number(const Json &object, const char *key, const QString &path)
{
    GL_TRY(v, optionalInteger(object, key, path));
    return v.value_or(0);
}

Result<const Json *> optionalObject(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, member(object, key, path, false));
    if (value && !value->is_object()) {
        return fail(JsonText::tr("%1: expected an object, found %2").arg(field(path, key), typeName(*value)));
    }
    return value;
}

} // namespace gl::json
