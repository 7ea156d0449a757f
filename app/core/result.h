// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace gl {

// A failure that a person can read: it names what failed and what was expected.
struct Error
{
    QString message;
    int httpStatus = 0; // the server's answer, where one said why (a listing's page that is gone: 404)
};

struct Unexpected
{
    explicit Unexpected(Error e) : error(std::move(e)) {}
    Error error;
};

// A value or an Error. (std::expected is not available to every compiler the project builds with:
// clang 14 with libstdc++ 12 lacks it, and the fuzz targets need clang.)
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    // The constraint excludes Result itself, which clang-tidy 14 does not read in a requires-clause.
    template <typename U>
    requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::decay_t<U>, Result> &&
             !std::is_same_v<std::decay_t<U>, Unexpected> && !std::is_same_v<std::decay_t<U>, T>)
        Result(U &&value) // NOLINT(bugprone-forwarding-reference-overload)
        : m_value(T(std::forward<U>(value)))
    {}
    Result(Unexpected failure) : m_error(std::move(failure.error)) {}

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return has_value(); }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }
    template <typename U> T value_or(U &&fallback) const
    {
        return m_value ? *m_value : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Unexpected failure) : m_failed(true), m_error(std::move(failure.error)) {}
    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Unexpected fail(QString message)
{
    return Unexpected(Error{std::move(message)});
}

} // namespace gl
