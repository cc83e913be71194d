package fr.passerelles.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which ROME release the service reads: flag, then {@code PASSERELLES_ROME_DIR}, then the release
 * {@code rome install} made current, then the archive the project carries. No step looks beside
 * the clone (../shared), so a clone anywhere gets the same release.
 */
class DataPathsTest {

  @Test
  void without_flag_env_or_installed_release_the_embedded_archive_is_the_default(@TempDir Path data) {
    DataPaths paths = DataPaths.resolve(Map.of(), Map.of(UserData.ENV_DATA, data.toString()));
    assertEquals(Optional.of(DataPaths.DEFAULT_ROME), paths.romeDir());
    assertTrue(Files.isRegularFile(DataPaths.DEFAULT_ROME), "committed in the repository");
  }

  @Test
  void an_installed_release_made_current_wins_over_the_embedded_one(@TempDir Path data) throws IOException {
    UserData user = new UserData(data);
    Path v61 = Files.createDirectories(user.romeRoot().resolve("v61"));
    user.makeCurrent(v61);
    DataPaths paths = DataPaths.resolve(Map.of(), Map.of(UserData.ENV_DATA, data.toString()));
    assertEquals(Optional.of(v61), paths.romeDir());
  }

  @Test
  void a_current_pointer_to_a_missing_folder_falls_back_to_the_embedded_release(@TempDir Path data) throws IOException {
    Files.createDirectories(data.resolve("rome"));
    Files.writeString(data.resolve("rome").resolve(UserData.CURRENT), "v99\n");
    DataPaths paths = DataPaths.resolve(Map.of(), Map.of(UserData.ENV_DATA, data.toString()));
    assertEquals(Optional.of(DataPaths.DEFAULT_ROME), paths.romeDir());
  }

  @Test
  void the_flag_wins_over_the_environment_and_none_disables_rome(@TempDir Path tmp) throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("rome-v461"));
    Map<String, String> env = Map.of(DataPaths.ENV_ROME, folder.toString(), UserData.ENV_DATA, tmp.toString());
    assertEquals(Optional.of(folder), DataPaths.resolve(Map.of(), env).romeDir());
    assertEquals(Optional.empty(), DataPaths.resolve(Map.of("rome", DataPaths.NO_ROME), env).romeDir());
    assertEquals(Optional.of(DataPaths.DEFAULT_ROME),
        DataPaths.resolve(Map.of("rome", DataPaths.DEFAULT_ROME.toString()), env).romeDir());
  }

  @Test
  void a_release_path_that_does_not_exist_is_an_error(@TempDir Path tmp) {
    var e = assertThrows(IllegalArgumentException.class,
        () -> DataPaths.resolve(Map.of("rome", tmp.resolve("nowhere").toString()), Map.of()));
    assertTrue(e.getMessage().contains("ROME release folder not found") && e.getMessage().contains("(a folder or a .zip, .tar.xz archive)"), e.getMessage());
  }

  @Test
  void the_data_folder_follows_passerelles_data_dir_then_xdg_then_home() {
    assertEquals(Path.of("/srv/p"), UserData.resolve(Map.of(UserData.ENV_DATA, "/srv/p", "XDG_DATA_HOME", "/x")).dir());
    assertEquals(Path.of("/x/passerelles"), UserData.resolve(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h")).dir());
    assertEquals(Path.of("/h/.local/share/passerelles"), UserData.resolve(Map.of("HOME", "/h")).dir());
  }
}
