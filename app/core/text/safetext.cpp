#include "safetext.h"

#include "gate.h"

namespace gl {

bool isUnsafeChar(char32_t c)
{
    return (c < 0x20 && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

namespace {

template <typename Replace> QString cleaned(const QString &text, Replace replace)
{
    // Nothing to do for nearly every string: no copy.
    const auto unsafe = [](const QString &s) {
        for (const char32_t c : s.toUcs4()) {
            if (isUnsafeChar(c)) {
                return true;
            }
        }
        return false;
    };
    if (!unsafe(text)) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const char32_t c : text.toUcs4()) {
        if (isUnsafeChar(c)) {
            replace(out, c);
        } else {
            out.append(QString::fromUcs4(&c, 1));
        }
    }
    return out;
}

} // namespace

QString terminalSafe(const QString &text, bool keepNewlines)
{
    QString s = cleaned(text, [](QString &out, char32_t c) {
        out += c <= 0xff ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                         : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    });
    if (!keepNewlines) {
        s.replace(u'\n', QStringLiteral("\\n"));
    }
    return s;
}

QString displaySafe(const QString &text)
{
    return cleaned(text, [](QString &out, char32_t) { out += QChar(0xfffd); });
}

void makeDisplaySafe(Gate &g)
{
    for (QString *s : {&g.project, &g.branch, &g.commitSubject, &g.triggeredBy, &g.workflow, &g.environment,
                       &g.name, &g.statusText, &g.requestedBy, &g.cannotApproveReason}) {
        *s = displaySafe(*s);
    }
    for (QStringList *list : {&g.approvalHistory, &g.reviewers}) {
        for (QString &s : *list) {
            s = displaySafe(s);
        }
    }
    for (auto &detail : g.details) {
        detail.first = displaySafe(detail.first);
        detail.second = displaySafe(detail.second);
    }
    for (GateParameter &p : g.parameters) {
        p.description = displaySafe(p.description);
    }
}

QString csvField(const QString &value)
{
    QString s = value;
    qsizetype first = 0;
    while (first < s.size() && s.at(first) == u' ') {
        ++first;
    }
    static const QString formulaStarts =
        QStringLiteral("=+-@\t\r") + QChar(0xff1d) + QChar(0xff0b) + QChar(0xff0d) + QChar(0xff20);
    if (first < s.size() && formulaStarts.contains(s.at(first))) {
        s.prepend(u'\'');
    }
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    return s;
}

} // namespace gl
