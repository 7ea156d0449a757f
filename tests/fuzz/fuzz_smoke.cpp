// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// A short, deterministic run of the fuzz target without libFuzzer, so that ctest (and CI, with g++)
// exercises every parse function on the corpus and on mutations of it. The long coverage-guided runs use
// the libFuzzer build (cmake --preset fuzz). A crash or a sanitizer report fails the test.
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           static_cast<size_t>(input.size()));
}

// One small change, as a fuzzer would make: flip a byte, cut, repeat a slice, or drop a slice.
QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    if (in.isEmpty()) {
        return QByteArray(1, static_cast<char>(rng.bounded(256)));
    }
    const auto at = [&] { return static_cast<qsizetype>(rng.bounded(static_cast<quint32>(in.size()))); };
    switch (rng.bounded(5)) {
    case 0:
        in[at()] = static_cast<char>(rng.bounded(256));
        break;
    case 1:
        in.truncate(at());
        break;
    case 2: {
        const qsizetype from = at();
        in.insert(at(), in.mid(from, rng.bounded(64)));
        break;
    }
    case 3:
        in.remove(at(), rng.bounded(64));
        break;
    default: { // structure: a quote, a brace or a bracket where it does not belong
        static const char kStructure[] = "\"{}[]:,0-e\\";
        in.insert(at(), kStructure[rng.bounded(static_cast<quint32>(sizeof kStructure - 1))]);
        break;
    }
    }
    return in;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        QTextStream(stderr) << "usage: fuzz_smoke CORPUS_DIR MUTATIONS_PER_FILE [NAME_FILTER (*.json)]\n";
        return 2;
    }
    const int perFile = QByteArray(argv[2]).toInt();
    QRandomGenerator rng(20261123); // the same inputs every run: a failure can be replayed
    int files = 0;
    long inputs = 0;
    const QString filter = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("*.json");
    QDirIterator it(QString::fromLocal8Bit(argv[1]), {filter}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray original = f.readAll();
        QByteArray input = original;
        ++files;
        run(input);
        for (int i = 0; i < perFile; ++i) {
            input = rng.bounded(8) == 0 ? original : mutate(input, rng); // now and then, start again
            run(input);
            ++inputs;
        }
    }
    QTextStream(stdout) << "fuzz_smoke: " << files << " corpus files, " << inputs
                        << " mutated inputs, no crash\n";
    return files > 0 ? 0 : 1;
}
