#pragma once

#include "sheetfixture.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace pacte::test {

// A file of tests/data/sheets/ with its tokens replaced by the fixture's uuids (see its README.md).
QByteArray corpusSheet(SheetFixture& fixture, const QUuid& exportId, const QString& relative);

} // namespace pacte::test
