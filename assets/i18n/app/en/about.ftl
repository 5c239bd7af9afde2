# About Waypoint (the footer's button and its dialog) and a bundle the app was asked to open.

about-button = About Waypoint { $version }
about-title = About Waypoint
about-version = Version
about-database = Database
about-snapshots = Daily snapshots (backups)
about-license = Waypoint is free software under the GNU Affero General Public License, version 3 or later. It is built with the fonts and packages below, under their own licenses.
about-fonts = Fonts
about-crates = { $count ->
    [one] { $count } Rust crate
   *[other] { $count } Rust crates
}
about-npm = { $count ->
    [one] { $count } package in the interface
   *[other] { $count } packages in the interface
}
about-show-list = Show the list
about-package = Name
about-package-version = Version
about-package-license = License
opened-imported = Imported: { $summary }.
