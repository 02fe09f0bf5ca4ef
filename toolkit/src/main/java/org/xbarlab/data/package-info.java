/**
 * Stage 1 of the XbarLab pipeline ({@code data -> nn -> ...}): datasets for the networks that are
 * mapped onto crossbars. Readers for the IDX format (MNIST, Fashion-MNIST) and the CIFAR-10 binary
 * format, a {@link org.xbarlab.data.DatasetLocator} that finds files (explicit folder, project
 * cache, system folders, a local mirror, then the official URL) and verifies every file against
 * the SHA-256 registry {@code datasets/checksums.sha256}, the immutable {@link
 * org.xbarlab.data.ImageDataset} value type (NCHW images, labels, normalisation, stratified
 * subsets, class-count tables) and seeded DL4J iterators with optional augmentation.
 *
 * <pre>{@code
 * TrainTestSplit data = FashionMnist.load();
 * DataSetIterator batches = data.train().iterator(128, 42L);
 * }</pre>
 *
 * <p>This package imports only the root package {@code org.xbarlab}, DL4J/ND4J and Tablesaw.
 */
package org.xbarlab.data;
