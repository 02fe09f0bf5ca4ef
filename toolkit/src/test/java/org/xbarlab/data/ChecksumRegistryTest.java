package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xbarlab.DatasetException;

class ChecksumRegistryTest {
  private static final String A = "a".repeat(64);

  @Test
  void parsesEntriesAndSkipsComments() {
    ChecksumRegistry registry = ChecksumRegistry.parse("# source: test\n\n" + A + "  ds/file.gz\n", "test");
    assertEquals(List.of(A), registry.acceptedSha256("ds", "file.gz"));
    assertEquals(List.of(), registry.acceptedSha256("ds", "other.gz"));
    assertEquals(1, registry.entries().size());
  }

  @Test
  void aFileMayHaveSeveralAcceptedVariants() {
    String b = "b".repeat(64);
    ChecksumRegistry registry = ChecksumRegistry.parse(A + "  ds/f\n" + b + "  ds/f\n", "reg");
    assertEquals(List.of(A, b), registry.acceptedSha256("ds", "f"));
  }

  @Test
  void malformedLineNamesSourceAndLine() {
    DatasetException e =
        assertThrows(DatasetException.class, () -> ChecksumRegistry.parse("# x\nabc  ds/file\n", "reg.txt"));
    assertTrue(e.getMessage().contains("reg.txt line 2"), e.getMessage());
  }

  @Test
  void repeatedLineIsRejected() {
    String text = A + "  ds/f\n" + A + "  ds/f\n";
    assertThrows(DatasetException.class, () -> ChecksumRegistry.parse(text, "reg"));
  }

  @Test
  void bundledRegistryListsFashionMnistAndCifar10() {
    ChecksumRegistry registry = ChecksumRegistry.bundled();
    assertEquals(
        List.of(
            "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
            "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845"),
        registry.acceptedSha256("fashion-mnist", FashionMnist.TRAIN_LABELS));
    assertEquals(
        List.of("c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd"),
        registry.acceptedSha256("cifar10", "cifar-10-binary.tar.gz"));
    for (String file : Cifar10.BATCH_FILES) {
      assertEquals(1, registry.acceptedSha256("cifar10", file).size(), file);
    }
  }

  @Test
  void projectRegistryAndBundledCopyAreIdentical() throws IOException {
    Optional<Path> root = DatasetLocator.findProjectRoot(Path.of("").toAbsolutePath());
    assumeTrue(root.isPresent(), "not running inside the project");
    byte[] project = Files.readAllBytes(root.get().resolve("datasets").resolve(ChecksumRegistry.FILE_NAME));
    byte[] bundled;
    try (InputStream in = ChecksumRegistry.class.getResourceAsStream(ChecksumRegistry.RESOURCE)) {
      bundled = in.readAllBytes();
    }
    assertArrayEquals(
        project,
        bundled,
        "datasets/checksums.sha256 and toolkit/src/main/resources/org/xbarlab/data/checksums.sha256 differ: copy one"
            + " onto the other");
  }
}
