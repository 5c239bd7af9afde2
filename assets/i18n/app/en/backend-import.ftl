# Import sentences: roster files, spreadsheets, score files, and each row's problem.

## A file that cannot be read at all

# $path: the file or folder; $reason: the system's own words for what went wrong.
import-io = { $path } could not be read: { $reason }.
# $name: the file's name; $size_mb: its size in MB; $limit_mb: the largest an import reads.
import-too-big = { $name } is { $size_mb } MB; an import reads files of at most { $limit_mb } MB.
# $name: the file's name.
import-empty = { $name } is empty.
# $name: the file's name; $expected: what it should be (an import-kind-… message); $reason: what is wrong (an import-why-… message).
import-not-what-it-claims = { $name } is not { $expected }: { $reason }.
# $name: the file's name.
import-unknown-kind = { $name } is not a file Waypoint can import: choose a CSV file, an Excel workbook (.xlsx), a zip of CSV files or a folder of them.
# $name: the zip's or folder's name; $format: the roster format it looks like (a product name such as "OneRoster 1.1"); $missing: the file it lacks.
import-missing-file = { $name } looks like a { $format } export but has no { $missing }.
# $file: the file's name; $column: the column's name; $why: what the column is for (an import-column-… message).
import-missing-column = { $file } has no "{ $column }" column, which { $why }.
# $name: the zip's or folder's name.
import-not-a-roster = { $name } is not a roster Waypoint recognizes: choose a OneRoster, Clever or School Data Sync export (a zip or a folder), or one CSV or Excel file with a row per student.
# $ask: which column to choose (an import-choose-… message); $file: the file's name.
import-column-not-chosen = { $ask } in { $file }.
# $name: the column map's name or file; $reason: the JSON reader's own words.
import-map-unreadable = The column map "{ $name }" could not be read ({ $reason }); make and save it again.

## What a file should have been (completes import-not-what-it-claims)

import-kind-zip = a zip archive
import-kind-readable-zip = a zip archive Waypoint can read
import-kind-roster-export = a roster export
import-kind-excel = an Excel workbook
import-kind-readable-file = a file Waypoint can read
import-kind-csv = a CSV file
import-kind-readable-csv = a CSV file Waypoint can read
import-kind-scores-file = a scores file

## What is wrong with it (completes import-not-what-it-claims)

import-why-not-a-zip = its contents are not a zip
# $max: the most files a roster export may hold.
import-why-too-many-files = it holds more than { $max } files
# $reason: the zip reader's own words.
import-why-zip-damaged = it is damaged or cut short ({ $reason })
# $entry: the file inside the zip; $reason: the zip reader's own words.
import-why-entry-not-unpacked = { $entry } in it could not be unpacked ({ $reason })
import-why-no-table-file = it holds no CSV or Excel file
import-why-folder-no-table-file = the folder holds no CSV or Excel file
import-why-not-xlsx = its contents are not an .xlsx file
import-why-old-excel = it is an old Excel 97–2003 workbook; save it as .xlsx or CSV
import-why-binary = it holds binary data, not text
# $line: the line number; $reason: the CSV reader's own words.
import-why-csv-line-unreadable = line { $line } could not be read ({ $reason })
# $reason: the Excel reader's own words.
import-why-xlsx-not-opened = it could not be opened ({ $reason })
# $sheet: the sheet's name; $reason: the Excel reader's own words.
import-why-sheet-unreadable = its sheet "{ $sheet }" could not be read ({ $reason })
import-why-folder-not-scores = it is a folder; choose the CSV or Excel file inside it

## What a required column is for (completes import-missing-column: "…, which …")

import-column-identifies-each-teacher = identifies each teacher
import-column-identifies-each-student = identifies each student
import-column-identifies-each-section = identifies each section
import-column-identifies-each-user = identifies each user
import-column-identifies-each-class = identifies each class
import-column-names-each-enrollments-section = names each enrollment's section
import-column-names-each-enrolled-student = names each enrolled student
import-column-names-each-school = names each school
import-column-names-whose-role-each-row-is = names whose role each row is
import-column-says-what-each-user-is = says what each user is
import-column-names-whose-data-it-is = names whose data it is
import-column-names-each-student = names each student
import-column-names-each-students-contact = names each student's contact
import-column-names-each-enrollments-class = names each enrollment's class
import-column-names-each-enrolled-user = names each enrolled user
import-column-says-who-is-a-student-and-who-teaches = says who is a student and who teaches
import-column-names-each-rows-section = names each row's section
import-column-names-who-is-in-each-section = names who is in each section
import-column-map-names = the column map names
import-column-names-each-competency = names each competency so that other rows can give it as their parent
import-column-says-what-each-competency-is = says what each competency is (a "description" column works too)

## A spreadsheet's column map: what is still to choose

import-choose-given-names = Choose the column with the students' given names
import-choose-family-names = Choose the column with the students' family names

## Row problems in any table

import-table-windows-1252 = The file is not UTF-8 text, so it was read as Windows-1252 (how Excel on Windows saves CSV); check accented names in the preview.
# $line: the line number; $fields: how many fields it has; $width: how many the header has.
import-table-short-row = Line { $line } has { $fields } fields where the header has { $width }; the missing ones are read as empty.
# $line: the line number; $fields: how many fields it has; $width: how many the header has.
import-table-long-row = Line { $line } has { $fields } fields where the header has { $width }; the extra ones are ignored.

## Row problems in a roster

# $line: the line number; $date: the cell as written.
import-roster-bad-birth-date = Line { $line }: "{ $date }" is not a date Waypoint can read (use YYYY-MM-DD), so the birth date is left empty.
# $line: the line number; $column: the id column's name (as in the file, e.g. Student_id).
import-roster-no-id = Line { $line } has no { $column }, so it is left out.
# $line: the line number; $column: the id column's name (as in the file, e.g. SIS ID).
import-roster-id-missing-or-repeated = Line { $line } has no { $column } or repeats one, so it is left out.
# $line: the line number; $id: the user's id.
import-roster-user-repeated = Line { $line } repeats the user { $id }, so only the first is used.
# $line: the line number; $why: what is wrong with it (an import-why-unknown-… or import-why-role-mismatch message).
import-roster-enrollment-left-out = Line { $line } { $why }, so the enrollment is left out.
# $line: the line number; $why: what is wrong with it (an import-why-unknown-… message).
import-roster-row-left-out = Line { $line } { $why }, so the row is left out.
# $line: the line number; $what: what the row is (an import-what-… message).
import-roster-deleted-delta = Line { $line } marks { $what } as tobedeleted; Waypoint never deletes, so it is not imported — archive it yourself if it is gone.
# $line: the line number; $what: what the row is (an import-what-… message).
import-roster-deleted-bulk = Line { $line } marks { $what } as tobedeleted in a full (bulk) export, so it is left out.
# $line: the line number.
import-roster-no-name = Line { $line } has no name, so it is left out.
# $line: the line number.
import-roster-no-class = Line { $line } names no class, so the student is imported without one.
# $id: the section's id in the file.
import-roster-no-section = The file has no section with the id "{ $id }".
# $id: the section's id in the file.
import-roster-section-unnamed = The section with the id "{ $id }" has no name in this file and was not imported before; import the full roster first.
# $section: the section's name; $id: the student's id in the file.
import-roster-student-unknown = Section "{ $section }" enrolls a student with the id "{ $id }", who is not in the file's list of students.
# $student: the student's name (or import-roster-student-with-id); $reason: what is wrong (a validation message).
import-roster-row-invalid = { $student }: { $reason }
# $student: the student's name (or import-roster-student-with-id); $contact: the contact's name; $reason: what is wrong (a validation message).
import-roster-contact-left-out = { $student }: the contact { $contact } is left out: { $reason }
# $id: the student's id in the file (said when the row has no name).
import-roster-student-with-id = The student with the id "{ $id }"

## Why a roster row is left out (completes import-roster-enrollment-left-out and import-roster-row-left-out)

# $id: the section's id; $file: the file that should list it.
import-why-unknown-section = names the section { $id }, which is not in { $file }
# $id: the class's id; $file: the file that should list it.
import-why-unknown-class = names the class { $id }, which is not in { $file }
# $id: the student's id; $file: the file that should list them.
import-why-unknown-student = names the student { $id }, who is not in { $file }
# $id: the teacher's id; $file: the file that should list them.
import-why-unknown-teacher = names the teacher { $id }, who is not in { $file }
# $id: the user's id; $file: the file that should list them.
import-why-unknown-user = names the user { $id }, who is not in { $file }
# $id: the user's id; $role: "student" or "teacher", what the enrollment makes them.
import-why-role-mismatch = { $role ->
    [student] enrolls { $id } as a student, but the users file lists them not as a student
   *[teacher] enrolls { $id } as a teacher, but the users file lists them not as a teacher
}

## What a deleted roster row is (completes import-roster-deleted-…)

import-what-school = a school
import-what-enrollment = an enrollment
# $name: the user's name; $id: their id in the file.
import-what-user = { $name } ({ $id })
# $name: the class's name; $id: its id in the file.
import-what-class = the class { $name } ({ $id })

## How a student or class in the file was matched to one already here

import-matched-by-student-id = Student ID
import-matched-by-section-id = Section ID
import-matched-by-name = name
import-matched-by-name-and-birth-date = name and birth date

## A student's fields, as the import preview lists their changes

import-field-given-name = Given name
import-field-family-name = Family name
import-field-preferred-name = Preferred name
import-field-birth-date = Birth date
import-field-student-id = Student ID
import-field-email = Email
import-field-grade = Grade

## Row problems in a framework table

import-framework-no-parent-column = The file has no "parent code" column, so every row is at the top level.
import-framework-no-code = This row has no code, so it cannot be placed in the framework.
# $code: the competency's code; $line: the line where it is first used.
import-framework-code-repeated = The code { $code } is already used on line { $line }; this row was left out.
# $parent: the parent code given; $code: the row's code.
import-framework-parent-unknown = The parent code { $parent } of { $code } is not the code of any row in the file; this row was left out.
# $parent: the parent's code; $code: the row's code; $line: the parent's line.
import-framework-parent-left-out = The parent { $parent } of { $code } was left out (line { $line }), so this row was left out too.
# $code: the competency's code.
import-framework-no-statement = { $code } has no statement; its code is used as its statement.

## Scores files: rows and students

# $line: the line number; $date: the cell as written; $column: the date column's name.
import-scores-bad-date = Line { $line }: the date "{ $date }" in "{ $column }" is not a date Waypoint can read (write it YYYY-MM-DD); the row is left out.
# $line: the line number; $column: the column's name; $value: the cell as written; $competency: the competency's code or name.
import-scores-not-a-score = Line { $line }, "{ $column }": "{ $value }" is not a score, so no evidence of { $competency } is taken from this row.
# $line: the line number; $column: the column's name; $value: the cell as written; $low, $high: the lowest and highest score; $competency: the competency's code or name.
import-scores-out-of-range = Line { $line }, "{ $column }": { $value } is out of range (scores run from { $low } to { $high }), so no evidence of { $competency } is taken from this row.
# $line: the line number; $competency: the competency's code or name; $total: the sum; $high: the highest score there is.
import-scores-sum-too-high = Line { $line }: the scores for { $competency } add up to { $total }, above the most there is ({ $high }); no evidence of { $competency } is taken from this row.
# $by: what students are matched by: "student-id", "email" or "name".
import-scores-no-student = { $by ->
    [student-id] No student in the class has this Student ID.
    [email] No student in the class has this email.
   *[name] No student in the class has this name.
}
# $by: what students are matched by: "student-id", "email" or "name".
import-scores-many-students = { $by ->
    [student-id] More than one student in the class has this Student ID; match by Student ID or email instead.
    [email] More than one student in the class has this email; match by Student ID or email instead.
   *[name] More than one student in the class has this name; match by Student ID or email instead.
}

## A scores column map that does not fit the file or the class

# $file: the file's name; $columns: the missing columns, quoted and separated by commas; $count: how many.
import-scores-map-columns-missing = { $count ->
    [one] { $file } has changed: it has no { $columns } column the map reads. Nothing was imported; update the map for this file.
   *[other] { $file } has changed: it has no { $columns } columns the map reads. Nothing was imported; update the map for this file.
}
import-scores-choose-date = Choose the date the scores are from, or a column that has it.
import-scores-no-competency = The map gives no competency: say which columns are evidence of which competency.
# $columns: the columns, quoted and separated by commas; $count: how many.
import-scores-choose-competency = { $count ->
    [one] Choose the competency the column { $columns } is evidence of.
   *[other] Choose the competency the columns { $columns } are evidence of.
}
# $code: the competency code the map gives.
import-scores-unknown-competency = The class has no competency "{ $code }" in its frameworks; choose one of its competencies.
# $code: the competency code the map gives.
import-scores-ambiguous-competency = More than one of the class's competencies has the code "{ $code }"; choose it by its id.
# $competency: the competency's code or name.
import-scores-choose-columns = Choose the columns that are evidence of { $competency }.
# $percent: the cut point's percent as given.
import-scores-cut-percent = A cut point's percent must be from 0 to 100; { $percent } is not.
# $percent: the cut point's percent; $level: the level it gives; $levels: the scale's levels, separated by commas.
import-scores-cut-not-level = The cut point at { $percent }% gives { $level }, which is not a level on the scale ({ $levels }).
import-scores-cuts-order = Cut points must give higher levels to higher percents.
import-scores-points-max = The most points there are must be a number above 0.
import-scores-vendor-order = A vendor scale needs its lowest value, then its proficient mark, then its highest value, each higher than the one before.

## A framework table with nothing to import

# $file: the file's name.
import-framework-no-usable-row = { $file } has no row with a code that could be used, so there is no framework to import.
