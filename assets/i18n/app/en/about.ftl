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
about-package-text = License text
about-text-show = Show
about-text-hide = Hide
about-text-show-of = Show the license text of { $name }
about-text-hide-of = Hide the license text of { $name }
about-texts-loading = Loading the license texts…
about-texts-failed = The license texts could not be loaded.
about-text-none = This package ships no license file; see its license identifier: { $license }.
about-text-standard = This package ships no license file; below is the standard text of its license ({ $license }).
opened-imported = Imported: { $summary }.
