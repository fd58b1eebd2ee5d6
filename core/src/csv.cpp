// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/csv.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace tanhui::core {

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string spreadsheetTextField(std::string_view text)
{
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return csvField("'" + std::string(text));
    return csvField(text);
}

std::string csvText(const Table& table)
{
    std::string out;
    auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += csvField(cells[i]);
        }
        out += '\n';
    };
    line(table.columns);
    for (const std::vector<std::string>& row : table.rows)
        line(row);
    return out;
}

Result<Table> tableFromCsvText(std::string_view text, const std::string& source)
{
    auto reader = CsvReader::fromText(text, source);
    if (!reader)
        return reader.error();
    return readAllRows(**reader);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path, Recode recode,
                                                   const std::string& encoding)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_file = std::fopen(path.c_str(), "rb");
    if (!reader->m_file)
        return Error{ErrorCode::FileUnreadable, std::strerror(errno), path, 0, {}};
    std::error_code ec;
    reader->m_total = std::int64_t(std::filesystem::file_size(path, ec));
    reader->m_buffer.resize(std::size_t(1) << 20);
    reader->m_header.source = path;
    reader->m_header.sourceEncoding = encoding;
    reader->m_recode = std::move(recode);
    if (auto ok = reader->start(); !ok)
        return ok.error();
    return reader;
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromText(std::string_view text,
                                                       const std::string& source)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_data = text;
    reader->m_total = std::int64_t(text.size());
    reader->m_header.source = source;
    if (auto ok = reader->start(); !ok)
        return ok.error();
    return reader;
}

CsvReader::~CsvReader()
{
    if (m_file)
        std::fclose(m_file);
}

Result<void> CsvReader::start()
{
    if (peek() == 0xEF && m_data.substr(m_pos, 3) == "\xEF\xBB\xBF")
        m_pos += 3;
    std::int64_t row = 0;
    auto header = record(m_header.columns, row);
    if (!header)
        return header.error();
    if (!*header)
        return Error{ErrorCode::CorruptData, "no header row", m_header.source, 1, {}};
    if (m_recode)
        for (std::string& name : m_header.columns)
            name = m_recode(name);
    return {};
}

Result<bool> CsvReader::next(SourceRow& row)
{
    row.problem.reset();
    auto more = record(row.cells, row.number);
    if (!more || !*more)
        return more;
    if (row.cells.size() != m_header.columns.size())
        row.problem = Error{ErrorCode::CellCount,
                            std::to_string(row.cells.size()) + " cells where the header has " +
                                std::to_string(m_header.columns.size()),
                            m_header.source,
                            row.number,
                            {}};
    else if (m_recode)
        for (std::string& cell : row.cells)
            cell = m_recode(cell);
    return true;
}

bool CsvReader::refill()
{
    if (!m_file || m_readError)
        return false;
    // The bytes not read yet (at most a '\r' looked past) stay in front of the new block.
    const std::string rest(m_data.substr(m_pos));
    m_before += std::int64_t(m_pos);
    std::copy(rest.begin(), rest.end(), m_buffer.begin());
    const std::size_t n =
        std::fread(m_buffer.data() + rest.size(), 1, m_buffer.size() - rest.size(), m_file);
    if (n == 0 && std::ferror(m_file))
        m_readError = true;
    m_data = std::string_view(m_buffer.data(), rest.size() + n);
    m_pos = 0;
    return n > 0;
}

int CsvReader::peek(std::size_t ahead)
{
    while (m_pos + ahead >= m_data.size())
        if (!refill())
            return -1;
    return static_cast<unsigned char>(m_data[m_pos + ahead]);
}

void CsvReader::appendUntil(std::string& field, std::string_view stops)
{
    while (peek() >= 0) {
        const std::size_t stop = m_data.find_first_of(stops, m_pos);
        const std::size_t end = stop == std::string_view::npos ? m_data.size() : stop;
        field.append(m_data.data() + m_pos, end - m_pos);
        m_pos = end;
        if (stop != std::string_view::npos)
            return;
    }
}

Result<bool> CsvReader::record(std::vector<std::string>& cells, std::int64_t& row)
{
    // Blank lines are rows a spreadsheet shows, but no record.
    while (true) {
        if (peek() == '\n')
            m_pos += 1;
        else if (peek() == '\r' && peek(1) == '\n')
            m_pos += 2;
        else
            break;
        ++m_row;
    }
    if (peek() < 0)
        return m_readError
                   ? Result<bool>(Error{
                         ErrorCode::FileUnreadable, "a read error", m_header.source, m_row, {}})
                   : false;
    row = m_row;
    std::size_t count = 0;
    while (true) {
        if (count == cells.size())
            cells.emplace_back();
        std::string& field = cells[count++];
        field.clear();
        if (peek() == '"') { // quoted: commas, quotes (doubled) and line breaks are text
            ++m_pos;
            while (true) {
                appendUntil(field, "\"");
                if (peek() < 0)
                    return Error{ErrorCode::CorruptData,
                                 "a quoted field is not closed",
                                 m_header.source,
                                 row,
                                 {}};
                ++m_pos;
                if (peek() != '"')
                    break;
                field += '"';
                ++m_pos;
            }
        }
        // Unquoted text, or what follows a closing quote: up to a comma or the line's end (a
        // carriage return alone is text).
        appendUntil(field, ",\r\n");
        while (peek() == '\r' && peek(1) != '\n') {
            field += '\r';
            ++m_pos;
            appendUntil(field, ",\r\n");
        }
        const int c = peek();
        if (c == ',') {
            ++m_pos;
            continue;
        }
        m_pos += c == '\r' ? 2 : c == '\n' ? 1 : 0;
        cells.resize(count);
        ++m_row;
        return true;
    }
}

} // namespace tanhui::core
