#pragma once

#include <QString>
#include <QStringList>

namespace pacte {

// Why a file the user asked for (a report, a dump, a sheet) must not be written at `path`, in the UI
// language; empty when it can be tried. The one check of every output, in the CLI and the GUI alike:
// the folder must exist, `path` must be neither a folder nor a device, and it must never name a
// database (a Pacte file or any SQLite file, known by its content whatever its name, through any
// link), the journal or the lock of one, nor one of `inputs` (the files being read, compared by
// identity so that a link to one is refused too).
QString outputPathProblem(const QString& path, const QStringList& inputs = {});

} // namespace pacte
