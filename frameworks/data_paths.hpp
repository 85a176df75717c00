#pragma once

#include <string>
#include <vector>

namespace assessa {

// share/assessa beside the running program (Windows) or beside its folder (build/share/assessa
// in a build tree, <prefix>/share/assessa when installed); ASSESSA_SHARE_DIR overrides it.
std::string share_dir();
std::string bundled_frameworks_dir();
// The compiled catalogs, <lang>/LC_MESSAGES/assessa.mo: share_dir()/locale in a build tree and
// in the Windows program folder, the system's locale tree (<prefix>/share/locale) when installed.
std::string locale_dir();
// The facilitator's guide in `language` ("en", "lt", "zh"; English when there is none in that
// language): share_dir()/guide/<language>/index.html.
std::string guide_file(const std::string& language);
// The user's data folder (platform::user_data_dir(): $XDG_DATA_HOME/assessa, %APPDATA%\Assessa)
// + /frameworks: an
// organisation's own frameworks and mappings, loaded besides the bundled ones.
std::string user_frameworks_dir();

// The .xml files directly in `dir`, sorted by name; none when it is missing or not a folder.
std::vector<std::string> xml_files_in(const std::string& dir);

// Points the translation catalogs at share_dir() and picks the user's language for messages
// (ASSESSA_LANGUAGE, else LC_ALL / LC_MESSAGES / LANG). Every program calls it first.
void init_runtime();

}  // namespace assessa
