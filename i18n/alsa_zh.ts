<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>alsa</name>
        <message>
            <location filename="../alsa_plugin/core/_accel.py" />
            <source>numba's LLVM {numba_llvm} differs from the LLVM {loaded} already loaded in this process (QGIS's OpenGL driver, Mesa): compiling could crash QGIS, so the numpy kernels are used (slower, same results). Install your distribution's numba (e.g. apt install python3-numba) instead of pip's to get the fast kernels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>bin width {width:g} is below the effective minimum {precision:g} for precision {precision_digits}: every bin holds one value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: favourability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: LSI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>decisiveness sweep: every factor is classified, so the bin width does not apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: no classified factor, so give the target class count m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: target class count must be a whole number ≥ 1, got {target!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: Monte Carlo merges must be a whole number ≥ 1, got {n!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>precision must be a whole number from 0 to {MAX_PRECISION} (0 = no rounding), got {precision!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>bin width must be in (0, 1] (normalised units), got {width!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} is flagged classified but its class codes span {vmin:g}…{vmax:g}; use class codes from a compact range (e.g. 1…n)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} is flagged classified but {bad} of its cells hold non-integer values; reclassify it into integer classes or treat it as a continuous factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} has a single value ({vmin:g}) over the study area and cannot separate landslide from stable cells; remove it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>frequency contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>frequency ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>information value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>certainty factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>cosine amplitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>weight of evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>weight contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>sufficiency ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>method: unknown bivariate method {method!r}; use one of {methods}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/__init__.py" />
            <source>the machine-learning models need scikit-learn, which this Python lacks ({error}). Install it into the Python that QGIS runs, e.g. 'python3 -m pip install scikit-learn' (OSGeo4W shell on Windows), or 'sudo apt install python3-sklearn' on Debian/Ubuntu, then restart QGIS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>training design {kind}: none of its {size} cells is a training landslide cell; use Po2 or Po3, or a larger sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>test design {kind}: there are no test landslides; lower the train ratio below 1 or give a test landslide inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>test design {kind}: none of its {size} cells is a test landslide cell, so it cannot measure anything; use Po2 or Po3, or a larger sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po1: the sample size must be at least 1, got {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po2: thinning to a minimum spacing needs the grid of valid cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po2: {kept} of {total} landslide cells kept at a spacing of at least {spacing:g} cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>non-landslide cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>unknown sampling design {kind!r}; choose one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design {kind}: no non-landslide cell is left for it (every other cell is used elsewhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design {kind} needs {size} {what}, but only {available} are available; choose a smaller design or a larger study area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po3 needs one cell per landslide (its centroid or point); none was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po3: a landslide's cell is not a valid cell of the study area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po3: {count} landslides share a cell with another and count once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po3: {count} landslide cells lie on the other side's landslides or training cells and are left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>a cell position lies outside the valid cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/metrics.py" />
            <source>ROC: the design needs landslide and non-landslide cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/metrics.py" />
            <source>{labels} labels for {values} probabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>model {key}: unknown parameter(s) {names}; it takes {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>unknown model {key!r}; choose one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs at least one base model, and stacking cannot be one of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>training rows: {shape} values for {labels} labels and {factors} factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>the training design needs landslide and non-landslide cells; it has {pos} and {neg}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>classified factor {name!r} has {count} classes in the training design; one-hot encoding takes at most {limit}: reclassify it, or give it as a continuous factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking: the number of folds must be at least 2, got {cv}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking: {cv} folds need at least {cv} landslide and {cv} non-landslide cells in the training design; it has {pos} and {neg}: lower the folds or use a larger design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: k = {k} neighbours, but the model is trained on only {rows} rows; lower k or use a larger training design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>{names} factor names for {flags} classified flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>factor arrays: one array per factor, all of one length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>feature rows for cells {start}-{stop}: shape {shape}, expected {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>prediction chunk must hold at least one cell, got {chunk}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>predicting the landslide probability of {total} cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation precision must be a whole number from 1 to 4, got {opt_precision!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation needs at least one continuous factor: every factor is classified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation strategy must be 'exhaustive' or 'coarse-to-fine', got {strategy!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>no candidate width reaches the effective minimum {floor:g} of precision {precision}; raise the optimisation precision or lower the precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>bin width {w:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>equal interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>quantile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>natural breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>{name} must be an integer from {low} to {high}, got {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values must be a numeric array: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>method must be one of {methods}; got {method!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values: the factor has only nodata cells; check the raster's nodata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values: the factor is constant ({value:g} in every valid cell) and cannot be split into classes; leave it out of the factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>distributions: the number of value bins must be a whole number ≥ 1, got {n!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>a random sample of {n} of the {total} valid cells (seed {seed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>all {n} valid cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>screening: the sample size must be a whole number ≥ 3, got {n!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>screening: no values given for factor(s) {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: a single value over these cells, so it has no VIF or correlation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: an exact linear combination of the other continuous factors (1 − R² ≤ {tol:g}), so its VIF is infinite; drop it or one of the factors it is made of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>Cramér's V: the number of classes must be a whole number ≥ 2, got {n!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: too many classes ({ka} × {kb}) for a contingency table; Cramér's V not computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: a single class, so Cramér's V is undefined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>continuous factors enter weights of evidence with one overlapping bin per value, and Σ W− over all bins dominates the posterior: T is then far from N(L) whatever the data; the check is meaningful for classified factors (or continuous ones reclassified into a few classes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF ∞ — an exact linear combination of the other continuous factors; drop it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — strongly collinear (most with {b}, r {r:+.2f}), consider dropping it or {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — moderately collinear (most with {b}, r {r:+.2f})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Pearson r {r:+.2f}, Spearman ρ {rho:+.2f} (pairwise VIF {vif:.1f}) — strongly correlated, consider dropping one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Cramér's V {v:.2f} — strongly associated, consider dropping one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Cramér's V {v:.2f} — moderately associated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — below 0.85: the factors are not conditionally independent given landslides; read the WoE posterior as a relative ranking, not a probability, or drop or merge dependent factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — T exceeds N(L) significantly, but the ratio is above 0.85: mild conditional dependence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — no sign of conditional dependence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: shape {shape} differs from the factors' shape {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: landslide weights must not be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio must be in (0, 1] (1 = no test set), got {train_ratio!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no factor given: add at least one classified or continuous factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor names must be unique; repeated: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has shape {shape}, but {first!r} has {expected}; bring all factors onto one grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>mask: shape {shape} differs from the factors' shape {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has only nodata cells; remove it or fix its nodata value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no valid cell: the factors' data do not overlap inside the processing extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>encoding factor {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>splitting landslides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslide weight {outside:g} lies on invalid cells (outside the extent or nodata) and is ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslides: no landslide cell falls on a valid cell of the study area (check the layer's extent, CRS and the factors' nodata)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslides: total landslide weight must be smaller than the number of valid cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>test landslides: no test landslide cell falls on a valid cell of the study area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslide objects: shape {shape} differs from the factors' shape {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio {train_ratio} leaves no training landslide cell among {size}; raise it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area mask: shape {shape} differs from the factors' shape {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area constraint: {cells} cells get a null LSI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area constraint: kind must be 'slope' or 'aspect', got {kind!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>Preparing the fast numba kernels (compiled once after installing or upgrading the plugin, 15-30 s; loaded in about a second after that) …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>waiting for the numba kernels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>numba kernel {kernel} ({i}/{n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the raster has {bands} bands; band 1 is used. To use another band, extract it first (Processing: GDAL ▸ Raster conversion ▸ Rearrange bands, or gdal_translate -b N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the file has no CRS; the CRS set in QGIS is used ({crs})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the CRS set in QGIS ({crs}) is used instead of the file's ({file_crs})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: GDAL cannot open {path!r} ({exc}); check that the file exists and is a complete raster (a damaged or half-copied file cannot be read: copy or export it again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} holds no raster band; choose a raster layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} has no north-up georeferencing; warp it to a north-up grid first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} has no CRS; assign one (Raster ▸ Projections ▸ Assign Projection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: its CRS {src_wkt} cannot be transformed to the analysis CRS {dst_wkt} ({exc}); reproject it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: its extent cannot be transformed from {src_wkt} to {dst_wkt}; reproject it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>cell size must be a positive number of CRS units, got {cell!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>the processing extent {bounds} holds no cell of size {cell:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>the grid would hold {cols} × {rows} cells; choose a larger cell size or a smaller extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{existing} is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{existing} is not writable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{label}: the folder {folder!r} cannot be written ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>a name without extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>a {suffix} name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{label}: {path!r} is {kind}, but the plugin writes GeoTIFF rasters; name it {name!r} (then convert it with Raster ▸ Conversion ▸ Translate if you need another format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{path!r} is one of the inputs; choose another output name or folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>output </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{final!r} is a folder; give a file name, e.g. {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{final!r} exists and is read-only; choose another file name, or make it writable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}the folder {parent!r} cannot be created ({strerror}); choose another folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}the folder {parent!r} is not writable; choose a folder you can write to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the output folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source> ({mb:.0f} MB free)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the disk holding {where} is full{free}: the outputs could not be written ({error}). Nothing was written; free some space, or choose an output folder on another disk, and run again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the outputs in {where} could not be written ({error}); the folder or file is read-only: choose another output folder or file name. Nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the outputs in {where} could not be written ({error}). Nothing was written; check the folder and disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: its extent {extent} does not overlap the processing extent {grid_extent} (CRS {crs}); check the layer, the EXTENT/MASK and their CRS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: reprojected from {crs} to {grid_crs} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: resampled from cell size {cell:g} to {grid_cell:g} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: the pixels of {path!r} cannot be read ({exc}); the file is damaged or incomplete (an interrupted copy or download?): copy or export it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: the raster holds negative values (e.g. {lowest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or whole landslide counts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: {n} cells hold values that are not whole numbers (e.g. {example:g}, largest {highest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or whole landslide counts). A susceptibility or probability map is not a landslide inventory; if this raster does mark landslides, make it 0/1 first (Raster Calculator: "layer@1" &gt; 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>the raster {path!r} holds no landslide cell at all (every cell is 0 or nodata); check that it is the landslide raster and that landslide cells hold 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>the raster's landslide cells all lie outside the processing extent (the first factor's extent, or EXTENT/MASK); check the layer, its CRS and the extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {files} already exists; nothing overwritten: choose an empty folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {files} already exist; nothing overwritten: choose an empty folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: the folder {folder!r} cannot be written ({strerror})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {dst!r} appeared while writing; not overwritten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: OGR cannot open {path!r} ({exc})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: the layer has no feature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: WEIGHT_FIELD applies to point layers only; clear it for polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: there is no field {weight_field!r} to read landslide weights from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: no feature lies inside the processing extent (or, for polygons, covers a cell centre); check the layer's extent and CRS, or try all-touched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: the mask polygons cover no cell centre of the grid; check its CRS and extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Output folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Compare all (the eight methods, optimal and conventional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Classified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>first factor's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Vector or raster files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>QGIS cannot read {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>Another run is writing into this folder; wait or choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ALSA comparison (best: {method})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Done: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Success rate: {rate:.4f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Prediction rate: {rate:.4f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Prediction rate: none (no test set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Bin width: {width:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Best method: {method}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the output folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the comparison table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ALSA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>{name} finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>{unit} (first factor: {size:g})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>'{name}' is ticked as classified but holds decimal values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>'{name}' holds 8-bit whole numbers like class codes: classified?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>Factor rasters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>Rasters (*.tif *.tiff *.img *.asc *.vrt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>The ALSA Processing provider is not loaded; enable the plugin again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>Cancelled: no output file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>The run failed (see the log panel).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>{error} (an unexpected error: the details are in the log panel, Processing tab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>Choose a folder for the output files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <source>TRAIN_RATIO must be in (0, 1] (1 = no test set), got {train_ratio!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <source>every factor is classified: precision, bin width and optimisation do not apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <source>writing the LSI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: give the numbers of classes of the conventional scenarios, e.g. "10,5,3"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: {item!r} is not a whole number of classes from 2 to {MAX_CLASSES}; give a comma-separated list such as "10,5,3"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: {n} classes is listed twice; give each number of classes once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSIFICATION: unknown method {classification!r}; use one of {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CONTINUOUS_FACTORS: no continuous factor, so comparing optimal (classification-free) with conventional (n classes) scenarios is meaningless: with classified factors only, every scenario is the same. Add at least one continuous factor, or run a single bivariate method instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{method}: optimal width {width:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>Spearman rank correlation of the optimal LSI maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>reclassifying into {n} classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{n} classes: the valid cells or the training/test split differ from the optimal scenario; the scenarios would not be comparable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{method}: {n} classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>writing the tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>INPUT: the susceptibility raster has no valid cell inside MASK; check its nodata value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>INPUT: the susceptibility raster has no valid cell; check its nodata value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>its cells would be ranked as the least (or most) susceptible and distort every rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>{label}: every landslide cell lies on nodata of the susceptibility raster (or outside MASK); nothing to evaluate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>{label}: {lost} of {cells} landslide cells (weight {lost_weight:g} of {weight:g}) lie on nodata of the susceptibility raster or outside MASK and are not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>reading the susceptibility raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>rasterising {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>success and prediction rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>no factor given: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster {path!r} is given both as a classified and as a continuous factor; use it in one list only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster {path!r} is given twice as a factor; give it once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>factor names must be unique, got {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>reading factor {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>rasterising landslides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>mask and flat areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>checking the values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>inputs on the grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>FLAT_SLOPE: the slope raster is 0 in every valid cell, so the flat-area constraint would give every cell a null LSI and nothing could be ranked; check that FLAT_SLOPE is a slope raster (0 only on flat ground), or leave it empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>it would squeeze every real value into a sliver of the normalised range and make the result meaningless</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster declares no nodata value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster's declared nodata value is {nodata}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: {count} cells hold {v}, far outside all the other values ({lo2:g} to {hi2:g}), and {declared}: {v} looks like a nodata marker. Analysed as data {harm}. Declare it as the raster's nodata value and run again: gdal_edit.py -a_nodata {v} "{path}", or in QGIS Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output bands' = {v} and use the new file (Layer Properties ▸ Transparency only changes how the layer is drawn, not the file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster declares nodata {nodata}, not 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: {zero} of {total} valid cells ({percent:.1f}%) hold class 0 and {declared}, so 0 is analysed as a class. If 0 marks the outside of the data, declare it nodata and run again (gdal_edit.py -a_nodata 0 "{path}", or Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output bands' = 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>memory: about {need} needed (the memory available is not known here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>memory: about {need} needed, {available} available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source> (a CELL_SIZE of about {cell:g} or more would fit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with 1 factor needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with {n_factors} factors needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: the raster has {cells:,} cells and needs about {need} of memory, but only {available} is available; resample it to a larger cell size first (Raster ▸ Projections ▸ Warp) or clip it to the study area (Raster ▸ Extraction ▸ Clip Raster by Extent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>N_CLASSES: Reclassify splits a raster into a whole number of classes from 2 to {MAX_CLASSES}; got {n_classes!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>INPUT: the raster has only nodata cells: Reclassify has nothing to classify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>INPUT: the raster holds a single value ({lo:g} in every cell with data), so Reclassify has no range to split into classes; choose a raster with at least two distinct values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>reading the raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>it would stretch the classes over the empty gap and crowd the real values into a few of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>{method}: {n_classes} classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>writing the classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/plugin.py" />
            <source>Landslide susceptibility (ALSA)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/plugin.py" />
            <source>&amp;ALSA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/warmup_task.py" />
            <source>ALSA: preparing the numba kernels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../alsa_plugin/warmup_task.py" />
            <source>Preparing the numba kernels failed ({error}); the first run will try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Bivariate methods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Random seed (empty: a new split each run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Bin width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Optimise the bin width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Optimisation precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Landslide susceptibility index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Success rate (AUC, training landslides)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Prediction rate (AUC, test landslides)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Bin width used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Run log (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Equal interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Quantile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Natural breaks (Jenks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>&lt;p&gt;Runs all eight conditional-probability methods of ALSA 3.0 (frequency contrast, frequency ratio, information value, certainty factor, cosine amplitude, weight of evidence, weight contrast, sufficiency ratio) in several scenarios and sets their prediction rates side by side, like Table 4 of Li &amp;amp; Lan 2023 (&lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Optimal&lt;/b&gt;: continuous factors classification-free at PRECISION; each method's bin width is optimised over k·10&lt;sup&gt;−Q&lt;/sup&gt; (OPT_PRECISION Q). &lt;b&gt;Conventional&lt;/b&gt;: for every number n in CLASSES each continuous factor is reclassified into n classes (CLASSIFICATION, breaks over the study area's valid cells) and every factor is analysed as classified. Classified factors stay classified in every scenario. Every scenario uses the same cells and the same training/test split (SEED; when empty a seed is drawn and written to the log).&lt;/p&gt;
&lt;p&gt;Written to the output folder: &lt;code&gt;Compare_prediction_rates.csv&lt;/code&gt; (a row per method, then "Average" and "Percent difference"; columns: the optimal width, the prediction and the success rate of every scenario, each rate's average over the scenarios and its percent difference; percent difference = 100·(maximum − value)/value as in the paper, empty = N.A.), &lt;code&gt;Compare_spearman.csv&lt;/code&gt; (the Spearman rank correlation between the LSI maps of the eight optimal methods), the LSI of each optimal method (&lt;code&gt;LSI_&amp;lt;method&amp;gt;_P&amp;lt;P&amp;gt;_W&amp;lt;w&amp;gt;.tif&lt;/code&gt;) and &lt;code&gt;Compare_log.json&lt;/code&gt; with every input, setting and result. Nothing is written if the run fails or is cancelled. The LSI of the best method is added to the project: the method with the highest optimal prediction rate or, when there is no test set (TRAIN_RATIO 1 and no TEST_LANDSLIDES), the highest optimal success rate.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Decimals kept of the normalised continuous values in the optimal scenario, 0–6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Q, 1–4: the optimal scenario tries every bin width k·10^−Q, k = 1…10^Q, per method.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Numbers of classes of the conventional scenarios, comma-separated whole numbers from 2 to {max_classes} (the paper's 10, 5 and 3: "10,5,3").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>How continuous factors are split into classes in the conventional scenarios: equal interval, quantile or natural breaks (Jenks), over the valid cells of the study area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Folder for the comparison table, the Spearman matrix, the optimal LSI rasters and the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Compare bivariate methods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Random seed (empty: drawn and logged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Numbers of classes (conventional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Classification method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Prediction rates of every method and scenario (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Spearman rank correlation of the optimal LSIs (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Method with the highest optimal prediction rate (success rate without a test set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Best method: {best_method} (optimal {criterion} rate; seed {seed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>&lt;p&gt;Evaluates any susceptibility raster (an ALSA LSI, a machine-learning probability, a map from other software; higher values = more susceptible) against a landslide inventory, on the raster's own grid.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Success rate&lt;/b&gt; (LANDSLIDES) and &lt;b&gt;prediction rate&lt;/b&gt; (TEST_LANDSLIDES): the cells are ranked from the highest value to the lowest; the curve plots the cumulative share of cells against the cumulative share of landslide weight, and the rate is the area under it. Cells with equal values form one step, so ties are never broken by cell order. &lt;b&gt;ROC AUC&lt;/b&gt;: the landslide cells (weighted) against the ranked cells holding no landslide, ties counting one half.&lt;/p&gt;
&lt;p&gt;Nodata cells of the raster (and cells outside MASK) are not ranked; landslide cells on them drop out, and a warning says how many. The curves are written in long form to a CSV table (columns curve, cell_fraction, landslide_fraction).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>The susceptibility raster (first band); higher values = more susceptible. Its grid is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Optional test inventory (points, polygons or a 0/1 raster): gives the prediction rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Optional study-area polygons: cells whose centre lies outside are not ranked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>CSV file for the success (and prediction) rate curves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Evaluate a susceptibility map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Susceptibility raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Study-area mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Rate curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>INPUT: choose a susceptibility raster layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Cancelled by the user: no output file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Not enough memory for this run: no output file was written. Choose a larger CELL_SIZE, a smaller EXTENT or MASK, or fewer factors (or close other programs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Stopped by {name}: the run was interrupted and no output file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>FC = p(L|F) − p(L); LSI = Σ FC (§2.2.3, Table 1). Neutral value 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>FR = p(L|F) / p(L); LSI = Σ FR (§2.2.3, Table 1). Neutral value 1 per factor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>IV = ln(p(L|F) / p(L)); LSI = Σ IV (§2.2.3, Table 1). Neutral value 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>CF = (p(L|F) − p(L)) / (p(L|F)(1 − p(L))) when p(L|F) ≥ p(L), else (p(L|F) − p(L)) / (p(L)(1 − p(L|F))) (eq. 23); factors combined pairwise by the CF rule (§2.2.3, Table 1). LSI in [−1, 1], neutral value 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>CA = √(p(L|F)·p(F|L)): the cosine amplitude (eq. 27) of the landslide and the class indicator vectors over the cells; LSI = Σ CA (§2.2.3, Table 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>W+ = ln SR = ln(p(F|L)/p(F|L̄)) (SR eq. 33), W− = ln NR = ln(p(F̄|L)/p(F̄|L̄)) (NR eq. 34); WS_j = W+_j + Σ_(k≠j) W−_k (eq. 35). The LSI raster holds the posterior log-odds logit p(L) + Σ WS (eq. 36).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>WC = W+ − W− (eq. 41); LSI = Σ WC (§2.2.3, Table 1). Neutral value 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>SR = p(F|L) / p(F|L̄) (eq. 33); LSI = Σ SR (§2.2.3, Table 1). Neutral value 1 per factor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>&lt;p&gt;{name} method of ALSA 3.0 (Li &amp;amp; Lan 2023, &lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418).&lt;/p&gt;
&lt;p&gt;{formula}&lt;/p&gt;
&lt;p&gt;Factors are brought onto one grid (the first factor's CRS and, unless set, its extent and cell size). Continuous factors are normalised to 0–1, rounded to PRECISION decimals and analysed without classes: each value's bin is [u − w/2, u + w/2] with bin width w. With OPTIMIZE, every width k·10&lt;sup&gt;−Q&lt;/sup&gt; is tried and the one with the best prediction rate (success rate without a test set) is used. Classified factors use their integer class codes.&lt;/p&gt;
&lt;p&gt;Written to the output folder (names encode method and settings, e.g. LSI_CF_P3_W0.12.tif): the LSI, a favourability raster and a CSV table (every class or bin: counts, probabilities, favourability) per factor, the success/prediction rate curves, the bin-width/AUC table when optimising, and a JSON log with every input, setting and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Landslide inventory: points (each counts as one cell, or its weight), polygons (cells whose centre is inside) or a 0/1 raster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Numeric field of a point layer: a point counts as this many landslide cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Polygons mark every cell they touch instead of the cells whose centre is inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>A separate test inventory (e.g. newer events). Then every landslide of LANDSLIDES trains and TRAIN_RATIO is not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Share of landslide cells used for training, 0.01–1 (0.7 = 70:30; 1 = no test set).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Fixed seed for a repeatable training/test split (ALSA's pseudo random), a whole number 0–2147483647. Empty: a new split each run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Rasters with continuous values (slope, elevation, …), analysed classification-free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Rasters of integer class codes (geology, land cover, …).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Processing extent; default the mask's extent, else the first factor's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Polygons of the study area: cells whose centre lies outside are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Cell size (&gt; 0) in the units of the first factor's CRS; empty or 0: the first factor's own cell size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Decimals kept of the normalised continuous values, 0–6 (0 = no rounding).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Bin width in normalised units, 0.000001–1; widths below 2·10^−PRECISION change nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Search the bin width with the best prediction rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Q, 1–4: the candidate widths are k·10^−Q, k = 1…10^Q.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Slope raster: cells with slope 0 get a null LSI (flat-area constraint); they still count in the probabilities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Where to write the LSI; empty: LSI_&lt;method&gt;_P&lt;P&gt;_W&lt;w&gt;.tif in the output folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Folder for every other output (tables, favourability rasters, rates, log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>&lt;p&gt;Reclassifies a continuous raster (slope, elevation, …) into n classes, so that the conventional 10/5/3-class scenarios of ALSA 3.0 can be run with the classes as a classified factor.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;Equal interval&lt;/b&gt;: n classes of equal width from the minimum to the maximum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Quantile&lt;/b&gt;: about the same number of cells in every class; heavily tied values can give equal breaks and so empty classes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Natural breaks (Jenks)&lt;/b&gt;: Fisher's optimal partition (least within-class sum of squares); exact over the distinct values when there are at most 2000, else over 2000 equal-width bins.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;Class k holds the values in (break&lt;sub&gt;k−1&lt;/sub&gt;, break&lt;sub&gt;k&lt;/sub&gt;]; class 1 also holds the minimum. The output has the input's grid (no resampling), class codes 1…n and nodata 0, as Byte (n ≤ 255) or UInt16. Only the first band is read; its nodata cells stay nodata. The breaks are reported in the log and in the BREAKS output.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Reclassify a continuous raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Continuous raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>The raster to classify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Number of classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>A whole number, 2–{max}; the paper's conventional scenarios use 10, 5 and 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>How the breaks are placed: equal interval, quantile or natural breaks (Jenks).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>The class raster (GeoTIFF); it may not be the input raster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Class breaks (comma separated, min to max)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>INPUT: choose a raster layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>OUTPUT: the classes are written as a GeoTIFF; use a .tif file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Breaks ({method}): {breaks}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Some classes are empty (tied values); consider fewer classes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>&lt;p&gt;Writes the built-in synthetic study area (400 × 500 cells of 10 m, EPSG:32617) to a folder, so every ALSA tool can be tried at once:&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;slope.tif&lt;/b&gt; (degrees, 0 on flat cells), &lt;b&gt;factor01–03.tif&lt;/b&gt;: continuous factors (Float32);&lt;/li&gt;&lt;li&gt;&lt;b&gt;classes00.tif&lt;/b&gt;: a classified factor (Byte, classes from 1, nodata 0);&lt;/li&gt;&lt;li&gt;&lt;b&gt;dem.tif&lt;/b&gt;: an elevation model whose slope (e.g. from &lt;i&gt;Slope&lt;/i&gt;) is close to slope.tif;&lt;/li&gt;&lt;li&gt;&lt;b&gt;landslides.gpkg&lt;/b&gt;: the landslide inventory, about 1 % of the cells, as polygons.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;The data are deterministic: every run writes the same files. Existing files are never overwritten: choose an empty or new folder.&lt;/p&gt;
&lt;p&gt;Try it: &lt;i&gt;Certainty factor&lt;/i&gt; with LANDSLIDES = landslides, CONTINUOUS_FACTORS = slope and factor01–03, CLASSIFIED_FACTORS = classes00, OPTIMIZE on and FLAT_SLOPE = slope.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Write sample data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Folder for the sample data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>A new or empty folder; files already there are never overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Landslide polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Elevation model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Slope factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>All factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Continuous factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Classified factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Sample data written to {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Training ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Precision (decimals of normalised values)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslide weight field (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Polygons mark every cell they touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Separate test landslides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Processing extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Study-area mask polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Cell size (default: the first factor's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Slope raster for the flat-area constraint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label} {layer_name!r} is not a file GDAL can read (provider {layer_providerType}); save it as a GeoTIFF first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: the layer {layer_name!r} has no CRS; set it in QGIS (Layer Properties ▸ Source) or assign one to the file (Raster ▸ Projections ▸ Assign Projection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: the layer {layer_name!r} has no valid CRS; set its CRS first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: its CRS {authid} cannot be transformed to {crs_authid}; reproject it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: could not transform the features to {crs_authid} ({msg})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>MASK: the layer holds {kind} features; the study-area mask must be polygons (or leave MASK empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>MASK: the layer (or its selection) holds no polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; its numeric fields are {numeric} (or leave WEIGHT_FIELD empty: every point counts as one landslide cell)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; it has no numeric field (or leave WEIGHT_FIELD empty: every point counts as one landslide cell)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: {value} points of {layer_name!r} have a negative weight in {weight!r}; weights count landslide cells and must be 0 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: every weight in {weight!r} of {layer_name!r} is 0 or NULL, so no landslide is left; choose another field or leave WEIGHT_FIELD empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {missing} of {values} points have a NULL {weight!r} and are left out (weight 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {zero} of {values} points have weight 0 in {weight!r} and count for nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD applies to point layers; {key} {layer_name!r} is a raster: clear WEIGHT_FIELD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {layer_name!r} is neither a vector nor a raster layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: the layer {layer_name!r} holds {kind} features; landslides are points, polygons or a 0/1 raster (buffer lines into polygons first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: the layer {layer_name!r} has no feature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD applies to point layers; {key} {layer_name!r} holds polygons: clear WEIGHT_FIELD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>LANDSLIDES: choose a landslide point, polygon or 0/1 raster layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>TEST_LANDSLIDES is the same layer as LANDSLIDES: every landslide trains and tests, so the prediction rate only repeats the fit (the success rate); give newer or separate events, or leave TEST_LANDSLIDES empty and use TRAIN_RATIO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>No factor: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlsaDialog</name>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>ALSA — landslide susceptibility (bivariate methods)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>1. Landslide data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Landslides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add a landslide layer from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Weight field (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Training ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Pseudo random, seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Separate test landslides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>2. Predisposing factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Classified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Move up (the first factor sets the grid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>3. Processing extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Extent of layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Mask polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Selected features only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>4. Processing parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cell size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Bin width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>5. Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>6. Optimisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Optimise the bin width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Optimisation precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>7. Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add the favourability rasters to the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
