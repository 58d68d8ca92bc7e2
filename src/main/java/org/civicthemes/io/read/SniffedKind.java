package org.civicthemes.io.read;

/** What a file's first bytes say it is. */
enum SniffedKind {
    EMPTY,
    ZIP,
    OLE2,
    TEXT,
    PDF,
    IMAGE,
    HTML,
    EXCEL_2003_XML,
    BINARY
}
