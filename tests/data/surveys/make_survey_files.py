#!/usr/bin/env python3
"""Writes the sample survey files of this folder: the four responses worked by hand in
tests/model/test_survey_statistics.cpp and docs/surveys.md, as online forms and spreadsheets
export them, in the three encodings Assessa reads. The questionnaire they answer is
tests/support/survey_questionnaires.hpp (items q1-q3, scale 1-5 with "don't know").

    q1  q2  q3
    5   4   3
    4   2   DK
    3   DK  4
    4   3   5
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def write(name, text, encoding, bom=b""):
    (HERE / name).write_bytes(bom + text.encode(encoding))


# UTF-8 with a byte-order mark, ',' and CR LF, as a spreadsheet saves it; a form's timestamp and a
# comment column that the mapping leaves out; numbers and labels mixed.
write("citizens-utf8-bom.csv", "\r\n".join([
    'Timestamp,Opening hours suit me,2. The office is easy to reach,Q3,Comment',
    '2026-11-02 09:15,5,4,3,"Fine, thanks"',
    '2026-11-02 10:40,Satisfied,2,Don\'t know,"The queue was long.\r\nThe ""e-service"" helped."',
    '2026-11-03 14:05,3,don\'t know,4,',
    '',
    '2026-11-04 08:30,4,Neither,Very satisfied',
    '']), "utf-8", b"\xef\xbb\xbf")

# Windows-1257, ';' and CR LF, as Excel saves "CSV" on a Lithuanian Windows; Lithuanian headers
# and labels.
write("citizens-windows-1257.csv", "\r\n".join([
    'Laikas;Darbo laikas man tinka;Įstaigą lengva pasiekti;DARBUOTOJAI BUVO MANDAGŪS;Pastabos',
    '2026-11-02;Labai patenkintas;4;3;"Ačiū; viskas gerai"',
    '2026-11-02;Patenkintas;Nepatenkintas;Nežinau;Eilė buvo ilga',
    '2026-11-03;3;nežinau;4;',
    '2026-11-04;4;Nei taip, nei ne;5;Šaunu, ąčęėįšųūž',
    '']), "cp1257")

# GB18030, ',' and LF; Chinese headers and labels.
write("citizens-gb18030.csv", "\n".join([
    '时间,办公时间合适,办公地点容易到达,工作人员很有礼貌,意见',
    '2026-11-02,非常满意,4,3,"很好，谢谢"',
    '2026-11-02,满意,不满意,不知道,排队时间太长',
    '2026-11-03,3,不知道,4,',
    '2026-11-04,4,一般,非常满意,"服务""很好"',
    '']), "gb18030")
