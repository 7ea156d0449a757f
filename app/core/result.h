#pragma once

#include <QString>

#include <expected>

namespace gl {

// A failure that a person can read: it names what failed and what was expected.
struct Error
{
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected(Error{std::move(message)});
}

} // namespace gl
