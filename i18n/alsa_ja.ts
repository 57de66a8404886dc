<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>alsa</name>
        <message>
            <location filename="../alsa_plugin/core/_accel.py" />
            <source>numba's LLVM {numba_llvm} differs from the LLVM {loaded} already loaded in this process (QGIS's OpenGL driver, Mesa): compiling could crash QGIS, so the numpy kernels are used (slower, same results). Install your distribution's numba (e.g. apt install python3-numba) instead of pip's to get the fast kernels.</source>
            <translation>numba の LLVM {numba_llvm} が、このプロセスに既に読み込まれている LLVM {loaded}（QGIS の OpenGL ドライバ、Mesa）と異なる。コンパイルすると QGIS がクラッシュするおそれがあるため、numpy カーネルを使用する（低速だが結果は同一）。高速なカーネルを使うには、pip 版ではなくディストリビューションの numba をインストール（例: apt install python3-numba）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>bin width {width:g} is below the effective minimum {precision:g} for precision {precision_digits}: every bin holds one value</source>
            <translation>ビン幅 {width:g} は精度 {precision_digits} の実効最小値 {precision:g} を下回る。各ビンには値が 1 つしか入らない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: favourability</source>
            <translation>{name}: 適合度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: LSI</source>
            <translation>{name}: LSI</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: evaluation</source>
            <translation>{name}: 評価</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: done</source>
            <translation>{name}: 完了</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>decisiveness sweep: every factor is classified, so the bin width does not apply</source>
            <translation>決定度スイープ: すべての素因がカテゴリ型のため、ビン幅は適用されない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: no classified factor, so give the target class count m</source>
            <translation>分類補償: カテゴリ型素因がないため、目標クラス数 m を指定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: target class count must be a whole number ≥ 1, got {target!r}</source>
            <translation>分類補償: 目標クラス数は 1 以上の整数でなければならない（指定値: {target!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: Monte Carlo merges must be a whole number ≥ 1, got {n!r}</source>
            <translation>分類補償: モンテカルロ併合の回数は 1 以上の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>precision must be a whole number from 0 to {MAX_PRECISION} (0 = no rounding), got {precision!r}</source>
            <translation>精度は 0～{MAX_PRECISION} の整数でなければならない（0 = 丸めなし）（指定値: {precision!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>bin width must be in (0, 1] (normalised units), got {width!r}</source>
            <translation>ビン幅は (0, 1] の範囲（正規化単位）でなければならない（指定値: {width!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} is flagged classified but its class codes span {vmin:g}…{vmax:g}; use class codes from a compact range (e.g. 1…n)</source>
            <translation>素因 {name!r} はカテゴリ型に指定されているが、クラスコードが {vmin:g}…{vmax:g} にわたる。連続した狭い範囲のクラスコード（例: 1…n）を使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} is flagged classified but {bad} of its cells hold non-integer values; reclassify it into integer classes or treat it as a continuous factor</source>
            <translation>素因 {name!r} はカテゴリ型に指定されているが、{bad} 個のセルが整数でない値を持つ。整数クラスに再分類するか、連続型素因として扱うこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} has a single value ({vmin:g}) over the study area and cannot separate landslide from stable cells; remove it</source>
            <translation>素因 {name!r} は対象領域全体で単一の値（{vmin:g}）しか持たず、崩壊セルと非崩壊セルを区別できない。この素因を削除</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>frequency contrast</source>
            <translation>頻度差</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>frequency ratio</source>
            <translation>頻度比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>information value</source>
            <translation>情報量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>certainty factor</source>
            <translation>確信度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>cosine amplitude</source>
            <translation>コサイン振幅</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>weight of evidence</source>
            <translation>証拠の重み</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>weight contrast</source>
            <translation>重みコントラスト</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>sufficiency ratio</source>
            <translation>十分比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>method: unknown bivariate method {method!r}; use one of {methods}</source>
            <translation>method: 不明な二変量手法 {method!r}。{methods} のいずれかを使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/__init__.py" />
            <source>the machine-learning models need scikit-learn, which this Python lacks ({error}). Install it into the Python that QGIS runs, e.g. 'python3 -m pip install scikit-learn' (OSGeo4W shell on Windows), or 'sudo apt install python3-sklearn' on Debian/Ubuntu, then restart QGIS</source>
            <translation>機械学習モデルには scikit-learn が必要だが、この Python にはない（{error}）。QGIS が実行する Python にインストールし（例: 'python3 -m pip install scikit-learn'（Windows では OSGeo4W シェル）、Debian/Ubuntu では 'sudo apt install python3-sklearn'）、QGIS を再起動</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>training design {kind}: none of its {size} cells is a training landslide cell; use Po2 or Po3, or a larger sample</source>
            <translation>学習用サンプリング設計 {kind}: {size} 個のセルのいずれも学習用の崩壊セルではない。Po2 または Po3、あるいはより大きなサンプルを使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>test design {kind}: there are no test landslides; lower the train ratio below 1 or give a test landslide inventory</source>
            <translation>検証用サンプリング設計 {kind}: 検証用の斜面崩壊がない。学習比率を 1 未満に下げるか、検証用の斜面崩壊インベントリを指定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>test design {kind}: none of its {size} cells is a test landslide cell, so it cannot measure anything; use Po2 or Po3, or a larger sample</source>
            <translation>検証用サンプリング設計 {kind}: {size} 個のセルのいずれも検証用の崩壊セルではないため、何も評価できない。Po2 または Po3、あるいはより大きなサンプルを使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po1: the sample size must be at least 1, got {n}</source>
            <translation>サンプリング設計 Po1: サンプルサイズは 1 以上でなければならない（指定値: {n}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <location filename="../alsa_plugin/report/build.py" />
            <source>cells</source>
            <translation>セル</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po2: thinning to a minimum spacing needs the grid of valid cells</source>
            <translation>サンプリング設計 Po2: 最小間隔での間引きには有効セルのグリッドが必要</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po2: {kept} of {total} landslide cells kept at a spacing of at least {spacing:g} cells</source>
            <translation>Po2: 崩壊セル {total} 個のうち {kept} 個を、{spacing:g} セル以上の間隔で保持</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>non-landslide cells</source>
            <translation>非崩壊セル</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>unknown sampling design {kind!r}; choose one of {choices}</source>
            <translation>不明なサンプリング設計 {kind!r}。{choices} のいずれかを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design {kind}: no non-landslide cell is left for it (every other cell is used elsewhere)</source>
            <translation>サンプリング設計 {kind}: 使用できる非崩壊セルが残っていない（他のセルはすべて別の用途に使用済み）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design {kind} needs {size} {what}, but only {available} are available; choose a smaller design or a larger study area</source>
            <translation>サンプリング設計 {kind} には{what}が {size} 個必要だが、利用可能なのは {available} 個のみ。より小さい設計か、より広い対象領域を選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po3 needs one cell per landslide (its centroid or point); none was given</source>
            <translation>サンプリング設計 Po3 には斜面崩壊ごとに 1 セル（重心またはポイント）が必要だが、指定されていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po3: a landslide's cell is not a valid cell of the study area</source>
            <translation>サンプリング設計 Po3: 斜面崩壊のセルが対象領域の有効セルではない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po3: {count} landslides share a cell with another and count once</source>
            <translation>Po3: {count} 件の斜面崩壊が他の斜面崩壊とセルを共有しており、1 件として数える</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po3: {count} landslide cells lie on the other side's landslides or training cells and are left out</source>
            <translation>Po3: {count} 個の崩壊セルが相手側の斜面崩壊または学習用セルと重なるため除外</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>a cell position lies outside the valid cells</source>
            <translation>セル位置が有効セルの外にある</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: the approximate neighbour search (NEIGHBOUR_SEARCH, neighbour_search='approximate') needs numba, which cannot run here ({error}). Install it into the Python that QGIS runs, e.g. 'python3 -m pip install numba' or 'sudo apt install python3-numba', or choose the exact search</source>
            <translation>KNN：近似近傍探索（NEIGHBOUR_SEARCH、neighbour_search='approximate'）には numba が必要であるが、ここでは実行できない（{error}）。QGIS が実行する Python にインストールすること（例：'python3 -m pip install numba' または 'sudo apt install python3-numba'）。あるいは厳密探索を選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>not installed</source>
            <translation>インストールされていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: {rows} training rows for {labels} labels</source>
            <translation>KNN：{labels} 個のラベルに対して訓練行が {rows} 行である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: k = {k} neighbours, but the model is trained on only {rows} rows</source>
            <translation>KNN：近傍数 k = {k} であるが、モデルの訓練行は {rows} 行しかない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: rows of {width} values, but the model was fitted on {expected}</source>
            <translation>KNN：各行の値は {width} 個であるが、モデルは {expected} 個で学習された</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/metrics.py" />
            <source>ROC: the design needs landslide and non-landslide cells</source>
            <translation>ROC: サンプリング設計には崩壊セルと非崩壊セルの両方が必要</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/metrics.py" />
            <source>{labels} labels for {values} probabilities</source>
            <translation>確率 {values} 個に対してラベルが {labels} 個</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>model {key}: unknown parameter(s) {names}; it takes {allowed}</source>
            <translation>モデル {key}: 不明なパラメータ {names}。指定可能なパラメータは {allowed}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs one or more base models (BASE_MODELS), each once, and stacking cannot be one of them; got {bases}</source>
            <translation>スタッキングには 1 つ以上のベースモデル（BASE_MODELS）が必要で，各モデルは 1 回だけであり，スタッキング自体はベースモデルにできない。指定は {bases} である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: unknown neighbour_search {value!r}; choose one of {choices}</source>
            <translation>KNN：不明な neighbour_search {value!r} である。{choices} のいずれかを選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: the approximate neighbour search measures the Euclidean distance (p = 2), got p = {p}; use the exact search for another Minkowski distance</source>
            <translation>KNN：近似近傍探索はユークリッド距離（p = 2）を用いるが、p = {p} が与えられた。他のミンコフスキー距離には厳密探索を用いること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>unknown model {key!r}; choose one of {choices}</source>
            <translation>不明なモデル {key!r}。{choices} のいずれかを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>training rows: {shape} values for {labels} labels and {factors} factors</source>
            <translation>学習データ行: {labels} 個のラベルと {factors} 個の素因に対して値の形状が {shape}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>the training design needs landslide and non-landslide cells; it has {pos} and {neg}</source>
            <translation>学習用サンプリング設計には崩壊セルと非崩壊セルの両方が必要（崩壊 {pos}、非崩壊 {neg}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>classified factor {name!r} has {count} classes in the training design; one-hot encoding takes at most {limit}: reclassify it, or give it as a continuous factor</source>
            <translation>カテゴリ型素因 {name!r} は学習用サンプリング設計内に {count} 個のクラスを持つが、ワンホットエンコーディングは最大 {limit} クラスまで。再分類するか、連続型素因として指定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking: the number of folds must be at least 2, got {cv}</source>
            <translation>スタッキング: フォールド数は 2 以上でなければならない（指定値: {cv}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking: {cv} folds need at least {cv} landslide and {cv} non-landslide cells in the training design; it has {pos} and {neg}: lower the folds or use a larger design</source>
            <translation>スタッキング: {cv} フォールドには学習用サンプリング設計内に崩壊セル {cv} 個以上と非崩壊セル {cv} 個以上が必要（崩壊 {pos}、非崩壊 {neg}）。フォールド数を減らすか、より大きな設計を使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: k = {k} neighbours, but the model is trained on only {rows} rows; lower k or use a larger training design</source>
            <translation>KNN: 近傍数 k = {k} だが、モデルの学習データは {rows} 行のみ。k を下げるか、より大きな学習用サンプリング設計を使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>{names} factor names for {flags} classified flags</source>
            <translation>カテゴリ型フラグ {flags} 個に対して素因名が {names} 個</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>factor arrays: one array per factor, all of one length</source>
            <translation>素因配列: 素因ごとに 1 つの配列が必要で、すべて同じ長さでなければならない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>feature rows for cells {start}-{stop}: shape {shape}, expected {expected}</source>
            <translation>セル {start}-{stop} の特徴量行: 形状 {shape}、期待値 {expected}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>prediction chunk must hold at least one cell, got {chunk}</source>
            <translation>予測チャンクは 1 セル以上でなければならない（指定値: {chunk}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>predicting the landslide probability of {total} cells</source>
            <translation>{total} セルの斜面崩壊確率を予測中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation precision must be a whole number from 1 to 4, got {opt_precision!r}</source>
            <translation>最適化精度は 1～4 の整数でなければならない（指定値: {opt_precision!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation needs at least one continuous factor: every factor is classified</source>
            <translation>最適化には連続型素因が少なくとも 1 つ必要だが、すべての素因がカテゴリ型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation strategy must be 'exhaustive' or 'coarse-to-fine', got {strategy!r}</source>
            <translation>最適化戦略は 'exhaustive' または 'coarse-to-fine' でなければならない（指定値: {strategy!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>no candidate width reaches the effective minimum {floor:g} of precision {precision}; raise the optimisation precision or lower the precision</source>
            <translation>精度 {precision} の実効最小値 {floor:g} に達する候補ビン幅がない。最適化精度を上げるか、精度を下げること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>bin width {w:g}</source>
            <translation>ビン幅 {w:g}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation done</source>
            <translation>最適化完了</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <location filename="../alsa_plugin/core/zones.py" />
            <source>equal interval</source>
            <translation>等間隔分類</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <location filename="../alsa_plugin/core/zones.py" />
            <source>quantile</source>
            <translation>等量分類</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <location filename="../alsa_plugin/core/zones.py" />
            <source>natural breaks</source>
            <translation>自然分類</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>{name} must be an integer from {low} to {high}, got {value!r}</source>
            <translation>{name} は {low}～{high} の整数でなければならない（指定値: {value!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values must be a numeric array: {exc}</source>
            <translation>値は数値配列でなければならない: {exc}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>method must be one of {methods}; got {method!r}</source>
            <translation>method は {methods} のいずれかでなければならない（指定値: {method!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values: the factor has only nodata cells; check the raster's nodata</source>
            <translation>値: 素因のセルがすべて NoData。ラスタの NoData 値を確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values: the factor is constant ({value:g} in every valid cell) and cannot be split into classes; leave it out of the factors</source>
            <translation>値: 素因が定数（すべての有効セルで {value:g}）のため、クラスに分割できない。素因から除外</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>distributions: the number of value bins must be a whole number ≥ 1, got {n!r}</source>
            <translation>分布: 値のビン数は 1 以上の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>a random sample of {n} of the {total} valid cells (seed {seed})</source>
            <translation>有効セル {total} 個からの無作為標本 {n} 個（乱数シード {seed}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>all {n} valid cells</source>
            <translation>全有効セル {n} 個</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>screening: the sample size must be a whole number ≥ 3, got {n!r}</source>
            <translation>スクリーニング: サンプルサイズは 3 以上の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>screening: no values given for factor(s) {names}</source>
            <translation>スクリーニング: 素因 {names} の値が指定されていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: a single value over these cells, so it has no VIF or correlation</source>
            <translation>{name}: これらのセルで単一の値しか持たないため、VIF と相関は計算できない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: an exact linear combination of the other continuous factors (1 − R² ≤ {tol:g}), so its VIF is infinite; drop it or one of the factors it is made of</source>
            <translation>{name}: 他の連続型素因の厳密な線形結合（1 − R² ≤ {tol:g}）であるため VIF が無限大。この素因か、これを構成する素因の 1 つを除外</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>Cramér's V: the number of classes must be a whole number ≥ 2, got {n!r}</source>
            <translation>Cramér's V: クラス数は 2 以上の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: too many classes ({ka} × {kb}) for a contingency table; Cramér's V not computed</source>
            <translation>{a} と {b}: 分割表にはクラスが多すぎる（{ka} × {kb}）。Cramér's V は計算しない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: a single class, so Cramér's V is undefined</source>
            <translation>{name}: クラスが 1 つのみのため、Cramér's V は定義されない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>continuous factors enter weights of evidence with one overlapping bin per value, and Σ W− over all bins dominates the posterior: T is then far from N(L) whatever the data; the check is meaningful for classified factors (or continuous ones reclassified into a few classes)</source>
            <translation>連続型素因は値ごとに重なり合うビンを 1 つずつ持って証拠の重みに入り、全ビンにわたる Σ W− が事後確率を支配する。このため T はデータによらず N(L) から大きく離れる。この検定が意味を持つのはカテゴリ型素因（または少数のクラスに再分類した連続型素因）のみ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF ∞ — an exact linear combination of the other continuous factors; drop it</source>
            <translation>{a}: VIF ∞ — 他の連続型素因の厳密な線形結合。除外すること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — strongly collinear (most with {b}, r {r:+.2f}), consider dropping it or {b}</source>
            <translation>{a}: VIF {vif:.1f}（許容度 {tol:.2f}）— 強い共線性（最大は {b} との間、r {r:+.2f}）。この素因か {b} の除外を検討</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — moderately collinear (most with {b}, r {r:+.2f})</source>
            <translation>{a}: VIF {vif:.1f}（許容度 {tol:.2f}）— 中程度の共線性（最大は {b} との間、r {r:+.2f}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Pearson r {r:+.2f}, Spearman ρ {rho:+.2f} (pairwise VIF {vif:.1f}) — strongly correlated, consider dropping one</source>
            <translation>{a} と {b}: Pearson r {r:+.2f}、Spearman ρ {rho:+.2f}（ペアワイズ VIF {vif:.1f}）— 強い相関。一方の除外を検討</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Cramér's V {v:.2f} — strongly associated, consider dropping one</source>
            <translation>{a} と {b}: Cramér's V {v:.2f} — 強い連関。一方の除外を検討</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Cramér's V {v:.2f} — moderately associated</source>
            <translation>{a} と {b}: Cramér's V {v:.2f} — 中程度の連関</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — below 0.85: the factors are not conditionally independent given landslides; read the WoE posterior as a relative ranking, not a probability, or drop or merge dependent factors</source>
            <translation>証拠の重み: N(L)/T = {ratio:.2f}（予測 T = {t:.1f}、観測 N(L) = {n_l:g}。Agterberg–Cheng z = {z:.2f}、片側 p = {p:.3g}）— 0.85 未満: 素因は斜面崩壊を条件として条件付き独立ではない。WoE の事後確率は確率ではなく相対的な順位として解釈するか、従属する素因を除外または統合すること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — T exceeds N(L) significantly, but the ratio is above 0.85: mild conditional dependence</source>
            <translation>証拠の重み: N(L)/T = {ratio:.2f}（予測 T = {t:.1f}、観測 N(L) = {n_l:g}。Agterberg–Cheng z = {z:.2f}、片側 p = {p:.3g}）— T は N(L) を有意に上回るが、比は 0.85 を超える: 弱い条件付き従属</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — no sign of conditional dependence</source>
            <translation>証拠の重み: N(L)/T = {ratio:.2f}（予測 T = {t:.1f}、観測 N(L) = {n_l:g}。Agterberg–Cheng z = {z:.2f}、片側 p = {p:.3g}）— 条件付き従属の兆候なし</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>separate test inventory (SPLIT_BY does not apply): training {train_landslides} landslides ({train_cells} cells), test {test_landslides} landslides ({test_cells} cells)</source>
            <translation>別の検証用インベントリ（SPLIT_BY は適用しない）: 学習用 {train_landslides} 個の斜面崩壊（{train_cells} セル）、検証用 {test_landslides} 個の斜面崩壊（{test_cells} セル）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no test set: {train_landslides} training landslides ({train_cells} cells)</source>
            <translation>検証用データなし: 学習用 {train_landslides} 個の斜面崩壊（{train_cells} セル）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>split by whole landslides: training {train_landslides} landslides ({train_cells} cells), test {test_landslides} landslides ({test_cells} cells); no landslide on both sides</source>
            <translation>斜面崩壊単位で分割: 学習用 {train_landslides} 個の斜面崩壊（{train_cells} セル）、検証用 {test_landslides} 個の斜面崩壊（{test_cells} セル）。両側にまたがる斜面崩壊はない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>split by landslide cells: training {train_landslides} landslides ({train_cells} cells), test {test_landslides} landslides ({test_cells} cells); {both_sides} landslides have cells on both sides</source>
            <translation>崩壊セル単位で分割: 学習用 {train_landslides} 個の斜面崩壊（{train_cells} セル）、検証用 {test_landslides} 個の斜面崩壊（{test_cells} セル）。{both_sides} 個の斜面崩壊はセルが両側にまたがる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: shape {shape} differs from the factors' shape {expected}</source>
            <translation>{name}: 形状 {shape} が素因の形状 {expected} と異なる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: landslide weights must not be negative</source>
            <translation>{name}: 斜面崩壊の重みは負であってはならない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio must be in (0, 1] (1 = no test set), got {train_ratio!r}</source>
            <translation>学習比率は (0, 1] の範囲でなければならない（1 = 検証用データなし）（指定値: {train_ratio!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>SPLIT_BY must be one of {choices}, got {split_by!r}</source>
            <translation>SPLIT_BY は {choices} のいずれかでなければならない（指定値: {split_by!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: the landslide objects' shape {shape} differs from the factors' shape {expected}</source>
            <translation>{name}: 斜面崩壊オブジェクトの形状 {shape} が素因の形状 {expected} と異なる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no factor given: add at least one classified or continuous factor</source>
            <translation>素因が指定されていない。カテゴリ型または連続型の素因を少なくとも 1 つ追加</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor names must be unique; repeated: {value}</source>
            <translation>素因名は一意でなければならない。重複: {value}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has shape {shape}, but {first!r} has {expected}; bring all factors onto one grid</source>
            <translation>素因 {name!r} の形状は {shape} だが、{first!r} は {expected}。すべての素因を同一グリッドに揃えること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>splitting by whole landslides needs the landslide objects</source>
            <translation>斜面崩壊単位の分割には斜面崩壊オブジェクトが必要</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>mask: shape {shape} differs from the factors' shape {expected}</source>
            <translation>マスク: 形状 {shape} が素因の形状 {expected} と異なる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has only nodata cells; remove it or fix its nodata value</source>
            <translation>素因 {name!r} のセルがすべて NoData。この素因を削除するか、NoData 値を修正</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no valid cell: the factors' data do not overlap inside the processing extent</source>
            <translation>有効セルがない: 処理範囲内で素因のデータが重なっていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslide weight {outside:g} lies on invalid cells (outside the extent or nodata) and is ignored</source>
            <translation>斜面崩壊の重み {outside:g} が無効セル（範囲外または NoData）上にあり、無視される</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslides: no landslide cell falls on a valid cell of the study area (check the layer's extent, CRS and the factors' nodata)</source>
            <translation>斜面崩壊: 対象領域の有効セル上にある崩壊セルがない（レイヤの範囲、CRS、素因の NoData を確認）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslides: total landslide weight must be smaller than the number of valid cells</source>
            <translation>斜面崩壊: 斜面崩壊の重みの合計は有効セル数より小さくなければならない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>test landslides: no test landslide cell falls on a valid cell of the study area</source>
            <translation>検証用の斜面崩壊: 対象領域の有効セル上にある検証用の崩壊セルがない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio {train_ratio} leaves no training landslide among {size} landslides; raise it, or split by landslide cells</source>
            <translation>学習比率 {train_ratio} では {size} 個の斜面崩壊のうち学習用が 1 つも残らない。学習比率を上げるか、崩壊セル単位で分割すること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio {train_ratio} leaves no training landslide cell among {size}; raise it</source>
            <translation>学習比率 {train_ratio} では {size} 個の崩壊セルのうち学習用が 1 つも残らない。学習比率を上げること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area mask: shape {shape} differs from the factors' shape {expected}</source>
            <translation>平坦地マスク: 形状 {shape} が素因の形状 {expected} と異なる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area constraint: {cells} cells get a null LSI</source>
            <translation>平坦地制約: {cells} 個のセルの LSI を NULL とする</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has shape {shape}, but the study area has {expected}</source>
            <translation>素因 {name!r} の形状は {shape} だが、対象領域は {expected}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>encoding factor {name}</source>
            <translation>素因 {name} をエンコード中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factors encoded</source>
            <translation>素因のエンコード完了</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area constraint: kind must be 'slope' or 'aspect', got {kind!r}</source>
            <translation>平坦地制約: kind は 'slope' または 'aspect' でなければならない（指定値: {kind!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>Preparing the fast numba kernels (compiled once after installing or upgrading the plugin, 15-30 s; loaded in about a second after that) …</source>
            <translation>高速な numba カーネルを準備中（プラグインのインストール・更新後に一度だけコンパイル、15～30 秒。以降は約 1 秒で読み込み）…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>waiting for the numba kernels</source>
            <translation>numba カーネルを待機中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>numba kernel {kernel} ({i}/{n})</source>
            <translation>numba カーネル {kernel}（{i}/{n}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>cumulative landslide share</source>
            <translation>斜面崩壊の累積割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>low</source>
            <translation>低い</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>high</source>
            <translation>高い</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>moderate</source>
            <translation>中程度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>very high</source>
            <translation>非常に高い</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>very low</source>
            <translation>非常に低い</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>extremely high</source>
            <translation>極めて高い</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>zone {k}</source>
            <translation>区分 {k}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>SHARES: give 1 to {most} increasing landslide percentages between 0 and 100, separated by commas (e.g. 50,75,90,95); got {text!r}</source>
            <translation>SHARES: 0 より大きく 100 未満の斜面崩壊の割合（%）を、小さい順に 1～{most} 個、カンマ区切りで指定（例: 50,75,90,95）（指定値: {text!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>LANDSLIDES: no landslide lies on a ranked cell; zones by landslide share need some</source>
            <translation>LANDSLIDES: 順位付けされたセル上に斜面崩壊がない。斜面崩壊の割合による区分には斜面崩壊が必要</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>BREAKS must be one of {methods}; got {method!r}</source>
            <translation>BREAKS は {methods} のいずれかでなければならない（指定値: {method!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>zones by cumulative landslide share need the training landslides</source>
            <translation>斜面崩壊の累積割合による区分には学習用の斜面崩壊が必要</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>N_ZONES must be a whole number from {low} to {high}, got {n!r}</source>
            <translation>N_ZONES は {low}～{high} の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>INPUT: the susceptibility map has no ranked cell</source>
            <translation>INPUT: 感受性マップに順位付けされたセルがない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the raster has {bands} bands; band 1 is used. To use another band, extract it first (Processing: GDAL ▸ Raster conversion ▸ Rearrange bands, or gdal_translate -b N)</source>
            <translation>{label}: ラスタのバンド数は {bands}。バンド 1 を使用する。別のバンドを使うには、先にそのバンドを抽出（プロセシング: GDAL ▸ ラスタ変換 ▸ バンドを再構成、または gdal_translate -b N）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the file has no CRS; the CRS set in QGIS is used ({crs})</source>
            <translation>{label}: ファイルに CRS がない。QGIS で設定された CRS を使用（{crs}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the CRS set in QGIS ({crs}) is used instead of the file's ({file_crs})</source>
            <translation>{label}: ファイルの CRS（{file_crs}）ではなく、QGIS で設定された CRS（{crs}）を使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: GDAL cannot open {path!r} ({exc}); check that the file exists and is a complete raster (a damaged or half-copied file cannot be read: copy or export it again)</source>
            <translation>{label}: GDAL で {path!r} を開けない（{exc}）。ファイルが存在し、完全なラスタであることを確認（破損したファイルやコピー途中のファイルは読めないため、再度コピーまたはエクスポート）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} holds no raster band; choose a raster layer</source>
            <translation>{label}: {path!r} にラスタバンドがない。ラスタレイヤを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} has no north-up georeferencing; warp it to a north-up grid first</source>
            <translation>{label}: {path!r} のジオリファレンスが北が上ではない。先に北が上のグリッドにワープ（再投影）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} has no CRS; assign one (Raster ▸ Projections ▸ Assign Projection)</source>
            <translation>{label}: {path!r} に CRS がない。CRS を設定（ラスタ ▸ 投影法 ▸ 投影法（CRS）を設定）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: its CRS {src_wkt} cannot be transformed to the analysis CRS {dst_wkt} ({exc}); reproject it first</source>
            <translation>{label}: CRS {src_wkt} を解析用 CRS {dst_wkt} に変換できない（{exc}）。先に再投影</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: its extent cannot be transformed from {src_wkt} to {dst_wkt}; reproject it</source>
            <translation>{label}: 範囲を {src_wkt} から {dst_wkt} に変換できない。再投影すること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>cell size must be a positive number of CRS units, got {cell!r}</source>
            <translation>セルサイズは CRS 単位の正の数でなければならない（指定値: {cell!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>the processing extent {bounds} holds no cell of size {cell:g}</source>
            <translation>処理範囲 {bounds} にはサイズ {cell:g} のセルが 1 つも入らない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>the grid would hold {cols} × {rows} cells; choose a larger cell size or a smaller extent</source>
            <translation>グリッドが {cols} × {rows} セルになる。より大きなセルサイズか、より小さな範囲を選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{existing} is not a folder</source>
            <translation>{existing} はフォルダではない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{existing} is not writable</source>
            <translation>{existing} に書き込めない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{label}: the folder {folder!r} cannot be written ({why})</source>
            <translation>{label}: フォルダ {folder!r} に書き込めない（{why}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>a name without extension</source>
            <translation>拡張子のない名前</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>a {suffix} name</source>
            <translation>拡張子 {suffix} の名前</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{label}: {path!r} is {kind}, but the plugin writes GeoTIFF rasters; name it {name!r} (then convert it with Raster ▸ Conversion ▸ Translate if you need another format)</source>
            <translation>{label}: {path!r} は{kind}だが、このプラグインは GeoTIFF ラスタを書き出す。名前を {name!r} とすること（他の形式が必要なら、その後 ラスタ ▸ 変換 ▸ 形式変換（gdal_translate） で変換）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{path!r} is one of the inputs; choose another output name or folder</source>
            <translation>{what}{path!r} は入力の 1 つ。別の出力名またはフォルダを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>output </source>
            <translation>出力: </translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{final!r} is a folder; give a file name, e.g. {value!r}</source>
            <translation>{what}{final!r} はフォルダ。ファイル名を指定（例: {value!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{final!r} exists and is read-only; choose another file name, or make it writable</source>
            <translation>{what}{final!r} は既に存在し、読み取り専用。別のファイル名を選択するか、書き込み可能にすること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}the folder {parent!r} cannot be created ({strerror}); choose another folder</source>
            <translation>{what}フォルダ {parent!r} を作成できない（{strerror}）。別のフォルダを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}the folder {parent!r} is not writable; choose a folder you can write to</source>
            <translation>{what}フォルダ {parent!r} に書き込めない。書き込み可能なフォルダを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the output folder</source>
            <translation>出力フォルダ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source> ({mb:.0f} MB free)</source>
            <translation>（空き {mb:.0f} MB）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the disk holding {where} is full{free}: the outputs could not be written ({error}). Nothing was written; free some space, or choose an output folder on another disk, and run again</source>
            <translation>{where} のあるディスクが満杯{free}。出力を書き込めなかった（{error}）。何も書き込まれていない。空き容量を確保するか、別のディスク上の出力フォルダを選択して再実行</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the outputs in {where} could not be written ({error}); the folder or file is read-only: choose another output folder or file name. Nothing was written</source>
            <translation>{where} に出力を書き込めなかった（{error}）。フォルダまたはファイルが読み取り専用。別の出力フォルダまたはファイル名を選択。何も書き込まれていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the outputs in {where} could not be written ({error}). Nothing was written; check the folder and disk</source>
            <translation>{where} に出力を書き込めなかった（{error}）。何も書き込まれていない。フォルダとディスクを確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: its extent {extent} does not overlap the processing extent {grid_extent} (CRS {crs}); check the layer, the EXTENT/MASK and their CRS</source>
            <translation>{label}: 範囲 {extent} が処理範囲 {grid_extent}（CRS {crs}）と重ならない。レイヤ、EXTENT/MASK とそれらの CRS を確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: reprojected from {crs} to {grid_crs} ({how})</source>
            <translation>{label}: {crs} から {grid_crs} に再投影（{how}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: resampled from cell size {cell:g} to {grid_cell:g} ({how})</source>
            <translation>{label}: セルサイズ {cell:g} から {grid_cell:g} にリサンプリング（{how}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: the pixels of {path!r} cannot be read ({exc}); the file is damaged or incomplete (an interrupted copy or download?): copy or export it again</source>
            <translation>{label}: {path!r} のピクセルを読み込めない（{exc}）。ファイルが破損しているか不完全（コピーやダウンロードの中断？）。再度コピーまたはエクスポート</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>classified factor {name!r}</source>
            <translation>カテゴリ型素因 {name!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>continuous factor {name!r}</source>
            <translation>連続型素因 {name!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: the raster holds negative values (e.g. {lowest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or whole landslide counts)</source>
            <translation>{label}: ラスタに負の値がある（例: {lowest:g}）。斜面崩壊ラスタは崩壊セルで 1、それ以外で 0（または斜面崩壊の個数を表す整数）を持つ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: {n} cells hold values that are not whole numbers (e.g. {example:g}, largest {highest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or whole landslide counts). A susceptibility or probability map is not a landslide inventory; if this raster does mark landslides, make it 0/1 first (Raster Calculator: "layer@1" &gt; 0)</source>
            <translation>{label}: {n} 個のセルが整数でない値を持つ（例: {example:g}、最大 {highest:g}）。斜面崩壊ラスタは崩壊セルで 1、それ以外で 0（または斜面崩壊の個数を表す整数）を持つ。感受性マップや確率マップは斜面崩壊インベントリではない。このラスタが本当に斜面崩壊を表しているなら、先に 0/1 に変換（ラスタ計算機: "layer@1" &gt; 0）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>the raster {path!r} holds no landslide cell at all (every cell is 0 or nodata); check that it is the landslide raster and that landslide cells hold 1</source>
            <translation>ラスタ {path!r} に崩壊セルが 1 つもない（すべてのセルが 0 または NoData）。斜面崩壊ラスタであること、崩壊セルが 1 であることを確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>the raster's landslide cells all lie outside the processing extent (the first factor's extent, or EXTENT/MASK); check the layer, its CRS and the extent</source>
            <translation>ラスタの崩壊セルがすべて処理範囲（先頭の素因の範囲、または EXTENT/MASK）の外にある。レイヤ、その CRS と範囲を確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: {objects} landslides (connected patches of landslide cells, 8-connectivity)</source>
            <translation>{label}: {objects} 個の斜面崩壊（崩壊セルの連結したまとまり、8 近傍連結）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {files} already exists; nothing overwritten: choose an empty folder</source>
            <translation>サンプルデータ: {files} は既に存在する。上書きしていない。空のフォルダを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {files} already exist; nothing overwritten: choose an empty folder</source>
            <translation>サンプルデータ: {files} は既に存在する。上書きしていない。空のフォルダを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: the folder {folder!r} cannot be written ({strerror})</source>
            <translation>サンプルデータ: フォルダ {folder!r} に書き込めない（{strerror}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {dst!r} appeared while writing; not overwritten</source>
            <translation>サンプルデータ: 書き込み中に {dst!r} が作成された。上書きしていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: OGR cannot open {path!r} ({exc})</source>
            <translation>{label}: OGR で {path!r} を開けない（{exc}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: the layer has no feature</source>
            <translation>{label}: レイヤに地物がない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: WEIGHT_FIELD applies to point layers only; clear it for polygons</source>
            <translation>{label}: WEIGHT_FIELD はポイントレイヤにのみ適用される。ポリゴンでは空欄にすること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: there is no field {weight_field!r} to read landslide weights from</source>
            <translation>{label}: 斜面崩壊の重みを読み込むフィールド {weight_field!r} がない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: no feature lies inside the processing extent (or, for polygons, covers a cell centre); check the layer's extent and CRS, or try all-touched</source>
            <translation>{label}: 処理範囲内にある（ポリゴンの場合はセル中心を覆う）地物がない。レイヤの範囲と CRS を確認するか、接触する全セル（all-touched）を試す</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: the mask polygons cover no cell centre of the grid; check its CRS and extent</source>
            <translation>{label}: マスクポリゴンがグリッドのセル中心を 1 つも覆っていない。その CRS と範囲を確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: {features} features make {objects} landslides on the grid (overlapping polygons, or points in one cell, count as one landslide; a polygon that covers no cell is none)</source>
            <translation>{label}: {features} 個の地物がグリッド上で {objects} 個の斜面崩壊になる（重なり合うポリゴンや同じセル内の点は 1 つの斜面崩壊として数え、どのセルも覆わないポリゴンは数えない）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Output folder</source>
            <translation>出力フォルダ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Compare all (the eight methods, optimal and conventional)</source>
            <translation>すべて比較（8 手法、最適化と従来法）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Compare models and methods</source>
            <translation>モデルと手法の比較</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>default: 500000, or every cell when fewer</source>
            <translation>既定値：500000（これより少ない場合は全セル）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Classified</source>
            <translation>カテゴリ型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Factor</source>
            <translation>素因</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>first factor's</source>
            <translation>先頭の素因と同じ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslides</source>
            <translation>斜面崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Vector or raster files (*)</source>
            <translation>ベクタまたはラスタファイル (*)</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>QGIS cannot read {path}</source>
            <translation>QGIS で {path} を読み込めない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>Another run is writing into this folder; wait or choose another.</source>
            <translation>別の実行がこのフォルダに書き込み中。待機するか、別のフォルダを選択。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Starting…</source>
            <translation>開始中…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Cancelling…</source>
            <translation>キャンセル中…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ALSA comparison (best: {method})</source>
            <translation>ALSA 比較（最良: {method}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Done: {name}</source>
            <translation>完了: {name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Success rate: {rate:.4f}</source>
            <translation>成功率: {rate:.4f}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Prediction rate: {rate:.4f}</source>
            <translation>予測率: {rate:.4f}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Prediction rate: none (no test set)</source>
            <translation>予測率: なし（検証用データなし）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Bin width: {width:g}</source>
            <translation>ビン幅: {width:g}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ROC AUC: {train:.4f} (training design), {test:.4f} (test design)</source>
            <translation>ROC AUC: {train:.4f}（学習用サンプリング設計）、{test:.4f}（検証用サンプリング設計）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Best model or method: {item}</source>
            <translation>最良のモデルまたは手法: {item}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Best method: {method}</source>
            <translation>最良の手法: {method}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the output folder</source>
            <translation>出力フォルダを開く</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the log</source>
            <translation>ログを開く</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the comparison table</source>
            <translation>比較表を開く</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the report</source>
            <translation>レポートを開く</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ALSA</source>
            <translation>ALSA</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>{name} finished</source>
            <translation>{name} 完了</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>{unit} (first factor: {size:g})</source>
            <translation>{unit}（先頭の素因: {size:g}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>'{name}' is ticked as classified but holds decimal values.</source>
            <translation>'{name}' はカテゴリ型にチェックされているが、小数値を含む。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>'{name}' holds 8-bit whole numbers like class codes: classified?</source>
            <translation>'{name}' はクラスコードのような 8 ビット整数値を持つ。カテゴリ型では？</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>Factor rasters</source>
            <translation>素因ラスタ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>Rasters (*.tif *.tiff *.img *.asc *.vrt);;All files (*)</source>
            <translation>ラスタ (*.tif *.tiff *.img *.asc *.vrt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>The ALSA Processing provider is not loaded; enable the plugin again.</source>
            <translation>ALSA プロセシングプロバイダが読み込まれていない。プラグインを有効にし直すこと。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>Cancelled: no output file was written.</source>
            <translation>キャンセル: 出力ファイルは書き込まれていない。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>The run failed (see the log panel).</source>
            <translation>実行に失敗（ログパネルを参照）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>{error} (an unexpected error: the details are in the log panel, Processing tab)</source>
            <translation>{error}（予期しないエラー。詳細はログパネルの「プロセシング」タブを参照）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>Choose a folder for the output files.</source>
            <translation>出力ファイル用のフォルダを選択。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>every factor is classified: precision, bin width and optimisation do not apply</source>
            <translation>すべての素因がカテゴリ型: 精度、ビン幅、最適化は適用されない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <source>writing the LSI</source>
            <translation>LSI を書き出し中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>LSI {method}</source>
            <translation>LSI {method}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>zones</source>
            <translation>区分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>writing the report</source>
            <translation>レポートを書き出し中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: give the numbers of classes of the conventional scenarios, e.g. "10,5,3"</source>
            <translation>CLASSES: 従来法シナリオのクラス数を指定（例: "10,5,3"）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: {item!r} is not a whole number of classes from 2 to {MAX_CLASSES}; give a comma-separated list such as "10,5,3"</source>
            <translation>CLASSES: {item!r} は 2～{MAX_CLASSES} の整数のクラス数ではない。"10,5,3" のようなカンマ区切りのリストを指定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: {n} classes is listed twice; give each number of classes once</source>
            <translation>CLASSES: クラス数 {n} が 2 回指定されている。各クラス数は 1 回だけ指定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSIFICATION: unknown method {classification!r}; use one of {value}</source>
            <translation>CLASSIFICATION: 不明な手法 {classification!r}。{value} のいずれかを使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CONTINUOUS_FACTORS: no continuous factor, so comparing optimal (classification-free) with conventional (n classes) scenarios is meaningless: with classified factors only, every scenario is the same. Add at least one continuous factor, or run a single bivariate method instead.</source>
            <translation>CONTINUOUS_FACTORS: 連続型素因がないため、最適化シナリオ（分類不要）と従来法シナリオ（n クラス）の比較は無意味（カテゴリ型素因だけでは、すべてのシナリオが同じになる）。連続型素因を少なくとも 1 つ追加するか、代わりに単一の二変量手法を実行すること。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>LSI {method} (optimal)</source>
            <translation>LSI {method}（最適）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{method}: optimal width {width:g}</source>
            <translation>{method}: 最適ビン幅 {width:g}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>Spearman rank correlation of the optimal LSI maps</source>
            <translation>最適 LSI マップ間の Spearman 順位相関</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>reclassifying into {n} classes</source>
            <translation>{n} クラスに再分類中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{method}: {n} classes</source>
            <translation>{method}: {n} クラス</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>writing the tables</source>
            <translation>表を書き出し中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>{label}: unknown {unknown}; choose from {choices}</source>
            <translation>{label}：{unknown} は不明である。{choices} から選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>{label}: {keys} chosen more than once; choose each once</source>
            <translation>{label}：{keys} が複数回選ばれている。それぞれ一度だけ選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>MODELS and METHODS are both empty: choose at least one model (MODELS) or bivariate method (METHODS) to compare</source>
            <translation>MODELS と METHODS がともに空である：比較するモデル（MODELS）または二変量手法（METHODS）を少なくとも一つ選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>OUTPUT_TABLE: {path!r} is not a .csv name; the table is written as CSV, e.g. {name!r}</source>
            <translation>OUTPUT_TABLE：{path!r} は .csv の名前ではない。表は CSV で書き出されるので、例えば {name!r} とすること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>OUTPUT_FOLDER: the folder {folder!r} cannot be created ({strerror}); choose another folder</source>
            <translation>OUTPUT_FOLDER：フォルダ {folder!r} を作成できない（{strerror}）。別のフォルダを選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>model {i} of {n}: {name}</source>
            <translation>モデル {i}/{n}：{name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>method {i} of {n}: {name}</source>
            <translation>手法 {i}/{n}：{name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>writing the comparison</source>
            <translation>比較結果を書き出している</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>CRITERION must be one of {criteria}, got {criterion!r}</source>
            <translation>CRITERION は {criteria} のいずれかでなければならない（指定値: {criterion!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>TARGET_CLASSES must be a whole number ≥ 0 (0: the smallest class count), got {n!r}</source>
            <translation>TARGET_CLASSES は 0 以上の整数でなければならない（0: 最小のクラス数）（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>N_MERGES must be a whole number ≥ 1, got {n!r}</source>
            <translation>N_MERGES は 1 以上の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>CF bin width optimised over k·10^−{q}: {width:g} (prediction rate {rate:.4f})</source>
            <translation>k·10^−{q} で最適化した CF のビン幅: {width:g}（予測率 {rate:.4f}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>CF bin width optimised over k·10^−{q}: {width:g} (success rate {rate:.4f}, no test set)</source>
            <translation>k·10^−{q} で最適化した CF のビン幅: {width:g}（成功率 {rate:.4f}、検証用データなし）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>decisiveness</source>
            <translation>決定度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>decisiveness over the bin widths</source>
            <translation>ビン幅ごとの決定度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>every factor is classified: the sweep over bin widths does not apply; none written</source>
            <translation>すべての素因がカテゴリ型: ビン幅のスイープは適用されないため、書き出さない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>INPUT: the susceptibility raster has no valid cell inside MASK; check its nodata value</source>
            <translation>INPUT: 感受性ラスタの MASK 内に有効セルがない。NoData 値を確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>INPUT: the susceptibility raster has no valid cell; check its nodata value</source>
            <translation>INPUT: 感受性ラスタに有効セルがない。NoData 値を確認</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>its cells would be ranked as the least (or most) susceptible and distort every rate</source>
            <translation>それらのセルが最も感受性の低い（または高い）セルとして順位付けされ、すべての率が歪む</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>{label}: every landslide cell lies on nodata of the susceptibility raster (or outside MASK); nothing to evaluate</source>
            <translation>{label}: すべての崩壊セルが感受性ラスタの NoData 上（または MASK の外）にある。評価対象がない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>{label}: {lost} of {cells} landslide cells (weight {lost_weight:g} of {weight:g}) lie on nodata of the susceptibility raster or outside MASK and are not counted</source>
            <translation>{label}: 崩壊セル {cells} 個のうち {lost} 個（重み {weight:g} のうち {lost_weight:g}）が感受性ラスタの NoData 上または MASK の外にあり、集計されない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>reading the susceptibility raster</source>
            <translation>感受性ラスタを読み込み中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>rasterising {label}</source>
            <translation>{label} をラスタ化中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>success and prediction rates</source>
            <translation>成功率と予測率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>N_CLASSES must be a whole number from 2 to 1000, got {n!r}</source>
            <translation>N_CLASSES は 2～1000 の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>SAMPLE_CELLS must be a whole number from 1000 to 100000000, got {n!r}</source>
            <translation>SAMPLE_CELLS は 1000～100000000 の整数でなければならない（指定値: {n!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>distributions</source>
            <translation>分布</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>VIF and correlations</source>
            <translation>VIF と相関</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>no continuous factor: VIF and correlations not computed</source>
            <translation>連続型素因がない: VIF と相関は計算しない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <location filename="../alsa_plugin/report/build.py" />
            <source>Cramér's V</source>
            <translation>Cramér's V</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>conditional independence</source>
            <translation>条件付き独立性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>conditional independence checked with the continuous factors in {n} equal-interval classes (classification-free bins make the check meaningless)</source>
            <translation>条件付き独立性は、連続型素因を {n} 個の等間隔クラスに分けて検定した（分類不要のビンでは検定が無意味になるため）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>a single factor: Cramér's V and the conditional-independence check need at least two factors</source>
            <translation>素因が 1 つのみ: Cramér's V と条件付き独立性の検定には素因が 2 つ以上必要</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>needs at least two factors, got {n}</source>
            <translation>素因が 2 つ以上必要（指定数: {n}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>no factor given: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS</source>
            <translation>素因が指定されていない。CONTINUOUS_FACTORS または CLASSIFIED_FACTORS にラスタを少なくとも 1 つ追加</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster {path!r} is given both as a classified and as a continuous factor; use it in one list only</source>
            <translation>ラスタ {path!r} がカテゴリ型素因と連続型素因の両方に指定されている。どちらか一方のリストでのみ使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster {path!r} is given twice as a factor; give it once</source>
            <translation>ラスタ {path!r} が素因として 2 回指定されている。1 回だけ指定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>factor names must be unique, got {names}</source>
            <translation>素因名は一意でなければならない（指定値: {names}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>reading factor {name}</source>
            <translation>素因 {name} を読み込み中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>rasterising landslides</source>
            <translation>斜面崩壊をラスタ化中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>mask and flat areas</source>
            <translation>マスクと平坦地</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>checking the values</source>
            <translation>値を確認中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>inputs on the grid</source>
            <translation>グリッド上の入力</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>FLAT_SLOPE: the slope raster is 0 in every valid cell, so the flat-area constraint would give every cell a null LSI and nothing could be ranked; check that FLAT_SLOPE is a slope raster (0 only on flat ground), or leave it empty</source>
            <translation>FLAT_SLOPE: 傾斜ラスタがすべての有効セルで 0 のため、平坦地制約によりすべてのセルの LSI が NULL になり、順位付けができない。FLAT_SLOPE が傾斜ラスタ（平坦地でのみ 0）であることを確認するか、空欄にすること</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>it would squeeze every real value into a sliver of the normalised range and make the result meaningless</source>
            <translation>実際の値がすべて正規化範囲のごく一部に押し込められ、結果が無意味になる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster declares no nodata value</source>
            <translation>ラスタには NoData 値が宣言されていない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster's declared nodata value is {nodata}</source>
            <translation>ラスタで宣言された NoData 値は {nodata} である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: {count} cells hold {v}, far outside all the other values ({lo2:g} to {hi2:g}), and {declared}: {v} looks like a nodata marker. Analysed as data {harm}. Declare it as the raster's nodata value and run again: gdal_edit.py -a_nodata {v} "{path}", or in QGIS Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output bands' = {v} and use the new file (Layer Properties ▸ Transparency only changes how the layer is drawn, not the file)</source>
            <translation>{label}: {count} 個のセルが {v} を持ち、他のすべての値（{lo2:g}～{hi2:g}）から大きく外れている。また、{declared}。{v} は NoData の目印と見られる。データとして解析すると、{harm}。これをラスタの NoData 値として宣言して再実行: gdal_edit.py -a_nodata {v} "{path}"、または QGIS の ラスタ ▸ 変換 ▸ 形式変換（gdal_translate） で '出力バンドに指定nodata値を割り当てる' = {v} とし、新しいファイルを使用（レイヤのプロパティ ▸ 透明度 はレイヤの描画方法を変えるだけで、ファイルは変わらない）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster declares nodata {nodata}, not 0</source>
            <translation>ラスタで宣言された NoData 値は 0 ではなく {nodata} である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: {zero} of {total} valid cells ({percent:.1f}%) hold class 0 and {declared}, so 0 is analysed as a class. If 0 marks the outside of the data, declare it nodata and run again (gdal_edit.py -a_nodata 0 "{path}", or Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output bands' = 0)</source>
            <translation>{label}: 有効セル {total} 個のうち {zero} 個（{percent:.1f}%）がクラス 0 を持ち、{declared}ため、0 は 1 つのクラスとして解析される。0 がデータ範囲外を表すなら、NoData として宣言して再実行（gdal_edit.py -a_nodata 0 "{path}"、または ラスタ ▸ 変換 ▸ 形式変換（gdal_translate） で '出力バンドに指定nodata値を割り当てる' = 0）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>memory: about {need} needed (the memory available is not known here)</source>
            <translation>メモリ: 約 {need} が必要（利用可能なメモリ量はここでは不明）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>memory: about {need} needed, {available} available</source>
            <translation>メモリ: 約 {need} が必要、利用可能 {available}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source> (a CELL_SIZE of about {cell:g} or more would fit)</source>
            <translation>（CELL_SIZE を約 {cell:g} 以上にすれば収まる）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with 1 factor needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors</source>
            <translation>CELL_SIZE: {rows} × {cols} = {cells:,} セル（セルサイズ {cell:g}）のグリッドで素因 1 個の場合、約 {need} のメモリが必要だが、利用可能なのは {available} のみ。何も読み込んでいない。より大きな CELL_SIZE{hint}、より小さな EXTENT または MASK、あるいはより少ない素因を選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with {n_factors} factors needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors</source>
            <translation>CELL_SIZE: {rows} × {cols} = {cells:,} セル（セルサイズ {cell:g}）のグリッドで素因 {n_factors} 個の場合、約 {need} のメモリが必要だが、利用可能なのは {available} のみ。何も読み込んでいない。より大きな CELL_SIZE{hint}、より小さな EXTENT または MASK、あるいはより少ない素因を選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: the raster has {cells:,} cells and needs about {need} of memory, but only {available} is available; resample it to a larger cell size first (Raster ▸ Projections ▸ Warp) or clip it to the study area (Raster ▸ Extraction ▸ Clip Raster by Extent)</source>
            <translation>{label}: ラスタは {cells:,} セルで約 {need} のメモリが必要だが、利用可能なのは {available} のみ。先により大きなセルサイズにリサンプリングする（ラスタ ▸ 投影法 ▸ 再投影（warp））か、対象領域で切り抜く（ラスタ ▸ 抽出 ▸ 範囲を指定して切り抜く）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Logistic regression</source>
            <translation>ロジスティック回帰</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Decision tree</source>
            <translation>決定木</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>K-nearest neighbours</source>
            <translation>k 近傍法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Artificial neural network (one hidden layer)</source>
            <translation>人工ニューラルネットワーク（隠れ層 1 層）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Multilayer perceptron (two hidden layers)</source>
            <translation>多層パーセプトロン（隠れ層 2 層）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Random forest</source>
            <translation>ランダムフォレスト</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Bagging</source>
            <translation>バギング</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Stacking</source>
            <translation>スタッキング</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>{label}: unknown sampling design {kind!r}; choose one of {choices}</source>
            <translation>{label}：不明なサンプリング設計 {kind!r} である。{choices} から選ぶこと</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>N_SAMPLE must be at least 1, got {n}</source>
            <translation>N_SAMPLE は 1 以上でなければならないが，{n} である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>MIN_SPACING must be 0 or more, got {value}</source>
            <translation>MIN_SPACING は 0 以上でなければならないが，{value} である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>sampling the designs</source>
            <translation>サンプリング設計を作成中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>fitting the model on {rows} cells</source>
            <translation>{rows} セルでモデルを当てはめ中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>model fitted</source>
            <translation>モデルの当てはめ完了</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>evaluating</source>
            <translation>評価中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>permutation importance</source>
            <translation>並べ替え重要度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>writing the outputs</source>
            <translation>出力を書き出し中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>P(landslide) {model}</source>
            <translation>P(斜面崩壊) {model}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>the model's fit warned ({kind}): {message}</source>
            <translation>モデルの当てはめで警告が出た（{kind}）：{message}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>{label} design {kind}: {cells} cells, {landslide_cells} landslide cells</source>
            <translation>{label}サンプリング設計 {kind}：{cells} セル，うち斜面崩壊セル {landslide_cells}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>{label} design {kind}: {cells} cells, {landslide_cells} landslide cells of {landslides} landslides</source>
            <translation>{label}サンプリング設計 {kind}：{cells} セル，うち斜面崩壊セル {landslide_cells}（斜面崩壊 {landslides} 件）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>N_CLASSES: Reclassify splits a raster into a whole number of classes from 2 to {MAX_CLASSES}; got {n_classes!r}</source>
            <translation>N_CLASSES: 再分類ではラスタを 2～{MAX_CLASSES} の整数のクラス数に分割する（指定値: {n_classes!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>INPUT: the raster has only nodata cells: Reclassify has nothing to classify</source>
            <translation>INPUT: ラスタのセルがすべて NoData。再分類する対象がない</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>INPUT: the raster holds a single value ({lo:g} in every cell with data), so Reclassify has no range to split into classes; choose a raster with at least two distinct values</source>
            <translation>INPUT: ラスタが単一の値（データのあるすべてのセルで {lo:g}）しか持たないため、クラスに分割する値域がない。異なる値を 2 つ以上持つラスタを選択</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>reading the raster</source>
            <translation>ラスタを読み込み中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>it would stretch the classes over the empty gap and crowd the real values into a few of them</source>
            <translation>空の区間にまでクラスが引き伸ばされ、実際の値が少数のクラスに詰め込まれる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>{method}: {n_classes} classes</source>
            <translation>{method}: {n_classes} クラス</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>writing the classes</source>
            <translation>クラスを書き出し中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/study.py" />
            <source>TRAIN_RATIO must be in (0, 1] (1 = no test set), got {train_ratio!r}</source>
            <translation>TRAIN_RATIO は (0, 1] の範囲でなければならない（1 = 検証用データなし）（指定値: {train_ratio!r}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>susceptibility zones</source>
            <translation>感受性区分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>zones {zones} hold no cell (tied values or shares reached on one score); consider fewer zones</source>
            <translation>区分 {zones} にセルがない（同値が多い、または複数の割合に同じ値で達した）。区分数を減らすことを検討</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>writing the zones</source>
            <translation>区分を書き出し中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/plugin.py" />
            <source>Landslide susceptibility (ALSA)…</source>
            <translation>斜面崩壊感受性（ALSA）…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/plugin.py" />
            <source>&amp;ALSA</source>
            <translation>&amp;ALSA</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>success rate</source>
            <translation>成功率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>prediction rate</source>
            <translation>予測率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>classified</source>
            <translation>カテゴリ型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>continuous</source>
            <translation>連続型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Algorithm</source>
            <translation>アルゴリズム</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>QGIS version</source>
            <translation>QGIS バージョン</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Software</source>
            <translation>ソフトウェア</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Method</source>
            <translation>手法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Sampling designs</source>
            <translation>サンプリング設計</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Inputs</source>
            <translation>入力</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Grid</source>
            <translation>グリッド</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Counts</source>
            <translation>集計</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Parameters</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Results</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Optimisation</source>
            <translation>最適化</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{n} values (in the run log)</source>
            <translation>{n} 個の値（実行ログにある）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/html.py" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/html.py" />
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>a layer of the project (exported for the run)</source>
            <translation>プロジェクトのレイヤ（実行のために書き出したもの）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Inputs and settings</source>
            <translation>入力と設定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Parameters to repeat the run</source>
            <translation>同じ実行を再現するためのパラメータ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>susceptibility map</source>
            <translation>感受性マップ</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{method}, {curve}</source>
            <translation>{method}、{curve}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success rate (training landslides)</source>
            <translation>成功率（学習用の斜面崩壊）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Prediction rate (test landslides)</source>
            <translation>予測率（検証用の斜面崩壊）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate</source>
            <translation>成功率と予測率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Curve</source>
            <translation>曲線</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate curves ({tag}); AUC in the legend</source>
            <translation>成功率曲線と予測率曲線（{tag}）。AUC は凡例に表示</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rate curves: {label}</source>
            <translation>率曲線: {label}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every point of the curves: {file}</source>
            <translation>曲線の全データ点: {file}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>training design</source>
            <translation>学習用サンプリング設計</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>test design</source>
            <translation>検証用サンプリング設計</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{design} ({kind})</source>
            <translation>{design}（{kind}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{model}, {design}</source>
            <translation>{model}，{design}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC curves of the designs</source>
            <translation>各サンプリング設計の ROC 曲線</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>The model's P(landslide) of the cells of each design against their labels: true positive rate against false positive rate over every threshold (ML paper §4.2 (2)). The training design's AUC shows the fit, the test design's the prediction.</source>
            <translation>各サンプリング設計のセルについてモデルが与える P(斜面崩壊) をそのラベルと照合し，すべての閾値における真陽性率を偽陽性率に対して示したものである（ML 論文 §4.2 (2)）。学習用サンプリング設計の AUC は当てはまりを，検証用サンプリング設計の AUC は予測性能を示す。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>design</source>
            <translation>サンプリング設計</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>landslide cells</source>
            <translation>崩壊セル</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC</source>
            <translation>ROC AUC</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC curves of the training and test designs ({tag}); AUC in the legend</source>
            <translation>学習用サンプリング設計と検証用サンプリング設計の ROC 曲線（{tag}）。凡例に AUC を示す</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC curves: {label}</source>
            <translation>ROC 曲線: {label}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Confusion matrix</source>
            <translation>混同行列</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>A cell is predicted a landslide when its P(landslide) is at least {threshold:g}. TPR = TP / (TP + FN) and FPR = FP / (FP + TN) (ML paper formulas (15)–(16)): the share of the landslide cells and of the non-landslide cells predicted landslides.</source>
            <translation>P(斜面崩壊) が {threshold:g} 以上のセルを斜面崩壊と予測する。TPR = TP / (TP + FN)，FPR = FP / (FP + TN)（ML 論文の式 (15)–(16)）は，それぞれ崩壊セルと非崩壊セルのうち斜面崩壊と予測された割合である。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>threshold</source>
            <translation>閾値</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>predicted landslide</source>
            <translation>予測: 斜面崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>predicted non-landslide</source>
            <translation>予測: 非崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>observed landslide</source>
            <translation>実際: 斜面崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>observed non-landslide</source>
            <translation>実際: 非崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Table: {file}</source>
            <translation>表: {file}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Permutation importance of the factors</source>
            <translation>素因の並べ替え特徴量重要度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Each factor's column is shuffled {repeats} times on {cells} cells of the test design ({landslide_cells} landslide cells) and the model's ROC AUC (baseline {baseline}) computed again: the importance is the mean decrease, ± its standard deviation.</source>
            <translation>検証用サンプリング設計の {cells} セル（うち崩壊セル {landslide_cells}）において各素因の列を {repeats} 回並べ替え，モデルの ROC AUC（基準値 {baseline}）を計算し直す。特徴量重要度はその平均低下量 ± 標準偏差である。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Permutation importance per factor ({tag}), error bars ± one standard deviation</source>
            <translation>素因ごとの並べ替え特徴量重要度（{tag}）。誤差棒は ± 1 標準偏差</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>factor</source>
            <translation>素因</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>mean decrease of the ROC AUC</source>
            <translation>ROC AUC の平均低下量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>standard deviation</source>
            <translation>標準偏差</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rates against bin width</source>
            <translation>ビン幅に対する率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Optimal bin width {w:g}: success rate {s}, prediction rate {p}.</source>
            <translation>最適ビン幅 {w:g}: 成功率 {s}、予測率 {p}。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate against bin width, optimum marked ({name})</source>
            <translation>ビン幅に対する成功率と予測率、最適値に印（{name}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every bin width ({n})</source>
            <translation>全ビン幅（{n} 個）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>bin width</source>
            <translation>ビン幅</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name} (real value, units of the raster)</source>
            <translation>{name}（実際の値、ラスタの単位）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name}: favourability ({method}) against the factor's real value, with the landslide and non-landslide shares per value bin beneath</source>
            <translation>{name}: 素因の実際の値に対する適合度（{method}）。下段は値のビンごとの崩壊セルと非崩壊セルの割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>normalised value</source>
            <translation>正規化値</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>real value</source>
            <translation>実際の値</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>favourability</source>
            <translation>適合度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{n} value bins from {lo} to {hi}; favourability from {fmin} to {fmax}.</source>
            <translation>値のビン {n} 個（{lo}～{hi}）。適合度は {fmin}～{fmax}。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name} (class)</source>
            <translation>{name}（クラス）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name}: favourability ({method}) per class, with the landslide and non-landslide shares per class beneath</source>
            <translation>{name}: クラスごとの適合度（{method}）。下段はクラスごとの崩壊セルと非崩壊セルの割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>class</source>
            <translation>クラス</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>landslide share</source>
            <translation>崩壊セルの割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>non-landslide share</source>
            <translation>非崩壊セルの割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every value bin ({n})</source>
            <translation>値の全ビン（{n} 個）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Favourability of the factors</source>
            <translation>素因の適合度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name} (value range, units of the raster)</source>
            <translation>{name}（値の範囲、ラスタの単位）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name}: share of training landslide and non-landslide cells per class</source>
            <translation>{name}: クラスごとの学習用の崩壊セルと非崩壊セルの割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Landslide and non-landslide distributions</source>
            <translation>崩壊セルと非崩壊セルの分布</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Susceptibility zones</source>
            <translation>感受性区分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{n} zones by {method}</source>
            <translation>{method}による {n} 区分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source> at {shares} % of the training landslides</source>
            <translation>、境界は学習用の斜面崩壊の {shares} %</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{sentence}.</source>
            <translation>{sentence}。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>zone</source>
            <translation>区分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>lower</source>
            <translation>下限</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>upper</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>area share</source>
            <translation>面積割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>training landslide share</source>
            <translation>学習用斜面崩壊の割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>density ratio</source>
            <translation>密度比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>test landslide share</source>
            <translation>検証用斜面崩壊の割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>test density ratio</source>
            <translation>検証用の密度比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Map of the zones ({how})</source>
            <translation>区分図（{how}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Share of area and of landslides per zone</source>
            <translation>区分ごとの面積と斜面崩壊の割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Decisiveness of the factors</source>
            <translation>素因の決定度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Decisiveness per factor (ALSA 5.0); continuous factors in the method's colour, classified grey</source>
            <translation>素因ごとの決定度（ALSA 5.0）。連続型素因は手法の色、カテゴリ型素因は灰色</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>classes or bins</source>
            <translation>クラス数またはビン数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Comparison of the methods</source>
            <translation>手法の比較</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Prediction rate (AUC)</source>
            <translation>予測率（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success rate (AUC)</source>
            <translation>成功率（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{ylabel} of every method per scenario</source>
            <translation>シナリオごとの全手法の{ylabel}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rate curves of every method</source>
            <translation>全手法の率曲線</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>model</source>
            <translation>モデル</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>method</source>
            <translation>手法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Comparison of the models and methods</source>
            <translation>モデルと手法の比較</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every model and method on one split (seed {seed}): the same grid, valid cells and training/test landslides. Best first by {criterion} of the full map; the map's ROC AUC compares both kinds, the designs' ROC AUC is the models' own (ML paper Table 3).</source>
            <translation>すべてのモデルと手法は同一の分割（シード {seed}）に基づく。すなわち、グリッド、有効セル、学習用・検証用斜面崩壊は共通である。全域の{criterion}の高い順に並べる。全域の ROC AUC は両者を比較でき、サンプリング設計上の ROC AUC はモデルのみのものである（機械学習論文の表 3）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>rank</source>
            <translation>順位</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC of the map (test landslides)</source>
            <translation>全域の ROC AUC（検証用斜面崩壊）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC, training design</source>
            <translation>ROC AUC（学習用サンプリング設計）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC, test design</source>
            <translation>ROC AUC（検証用サンプリング設計）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>seconds</source>
            <translation>秒</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate (AUC) of every model and method</source>
            <translation>各モデルと各手法の成功率と予測率（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rate curves of every model and method</source>
            <translation>各モデルと各手法の成功率曲線と予測率曲線</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Variance inflation factor</source>
            <translation>分散拡大係数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>VIF and correlations on {cells}</source>
            <translation>VIF と相関の計算対象: {cells}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>tolerance</source>
            <translation>許容度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Pearson correlation</source>
            <translation>Pearson 相関</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Spearman rank correlation</source>
            <translation>Spearman 順位相関</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{title} between the factors ({file})</source>
            <translation>素因間の{title}（{file}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>The matrix ({n} factors)</source>
            <translation>行列（素因 {n} 個）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Conditional independence (weights of evidence)</source>
            <translation>条件付き独立性（weights of evidence）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>predicted landslide cells T</source>
            <translation>予測崩壊セル数 T</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>observed landslide cells N(L)</source>
            <translation>観測崩壊セル数 N(L)</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Agterberg–Cheng z</source>
            <translation>Agterberg–Cheng z</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>one-sided p-value</source>
            <translation>片側 p 値</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Verdicts</source>
            <translation>判定</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>No collinearity, association or dependence above the usual thresholds.</source>
            <translation>通常の閾値を超える共線性、連関、従属は見られない。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Screening of the factors</source>
            <translation>素因のスクリーニング</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Notes</source>
            <translation>注記</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ALSA report: {method}</source>
            <translation>ALSA レポート: {method}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ALSA report: {algorithm}</source>
            <translation>ALSA レポート: {algorithm}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ALSA report</source>
            <translation>ALSA レポート</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>matplotlib is not installed: the numbers are all listed, but these {n} plots need matplotlib (Debian: apt install python3-matplotlib): {plots}</source>
            <translation>matplotlib がインストールされていない: 数値はすべて掲載しているが、次の {n} 個の図の描画には matplotlib が必要（Debian: apt install python3-matplotlib）: {plots}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/html.py" />
            <source>Plot not drawn (needs matplotlib): {caption}</source>
            <translation>図は描画されていない（matplotlib が必要）: {caption}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>random ranking (AUC 0.5)</source>
            <translation>無作為な順位付け（AUC 0.5）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>AUC (success, prediction)</source>
            <translation>AUC（成功率，予測率）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>{label} (AUC {auc:.4f})</source>
            <translation>{label}（AUC {auc:.4f}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Cells ranked from most to least susceptible (cumulative share of the area)</source>
            <translation>感受性の高い順に並べたセル（面積の累積割合）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Cumulative share of landslides</source>
            <translation>斜面崩壊の累積割合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>P(landslide) = 0.5 (the confusion matrix)</source>
            <translation>P(斜面崩壊) = 0.5（混同行列）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>False positive rate FPR</source>
            <translation>偽陽性率 FPR</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>True positive rate TPR</source>
            <translation>真陽性率 TPR</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Decrease of the ROC AUC when the factor is shuffled (mean ± std over the repeats)</source>
            <translation>素因を並べ替えたときの ROC AUC の低下量（繰り返しの平均 ± 標準偏差）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>optimum: w = {w:g}, AUC {auc:.4f}</source>
            <translation>最適値: w = {w:g}、AUC {auc:.4f}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Bin width (normalised factor units, 0–1)</source>
            <translation>ビン幅（素因の正規化単位、0～1）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Area under the rate curve (AUC)</source>
            <translation>率曲線下の面積（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>{method}: rates against bin width</source>
            <translation>{method}: ビン幅に対する率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Share (%)</source>
            <translation>割合（%）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Share per value bin (%)</source>
            <translation>値のビンごとの割合（%）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Favourability ({method})</source>
            <translation>適合度（{method}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>{km:g} km wide</source>
            <translation>幅 {km:g} km</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>area</source>
            <translation>面積</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>training landslides</source>
            <translation>学習用の斜面崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>test landslides</source>
            <translation>検証用の斜面崩壊</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Zone</source>
            <translation>区分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Decisiveness DC (mean |CF| over the valid cells, 0–1)</source>
            <translation>決定度 DC（有効セルでの |CF| の平均、0～1）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/warmup_task.py" />
            <source>ALSA: preparing the numba kernels</source>
            <translation>ALSA: numba カーネルを準備中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/warmup_task.py" />
            <source>Preparing the numba kernels failed ({error}); the first run will try again.</source>
            <translation>numba カーネルの準備に失敗（{error}）。初回の実行時に再試行する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/base_algorithm.py" />
            <source>{name} ({label}) is required. {help}</source>
            <translation>{name}（{label}）は必須。{help}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base_algorithm.py" />
            <source>{name} ({label}): {value} cannot be used here. {help}</source>
            <translation>{name}（{label}）: {value} はここでは使用できない。{help}</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Bivariate methods</source>
            <translation>二変量解析手法</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Random seed (empty: a new split each run)</source>
            <translation>乱数シード（空欄: 実行ごとに新しい分割）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Bin width</source>
            <translation>ビン幅</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Optimise the bin width</source>
            <translation>ビン幅を最適化</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Optimisation precision</source>
            <translation>最適化精度</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Landslide susceptibility index</source>
            <translation>斜面崩壊感受性指数（LSI）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Success rate (AUC, training landslides)</source>
            <translation>成功率（AUC、学習用の斜面崩壊）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Prediction rate (AUC, test landslides)</source>
            <translation>予測率（AUC、検証用の斜面崩壊）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Bin width used</source>
            <translation>使用したビン幅</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness of every factor (CSV)</source>
            <translation>全素因の決定度（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Run log (JSON)</source>
            <translation>実行ログ（JSON）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Susceptibility zones {method}</source>
            <translation>感受性区分 {method}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Equal interval</source>
            <translation>等間隔分類</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Quantile</source>
            <translation>等量分類</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Natural breaks (Jenks)</source>
            <translation>自然分類（Jenks）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>&lt;p&gt;Runs all eight conditional-probability methods of ALSA 3.0 (frequency contrast, frequency ratio, information value, certainty factor, cosine amplitude, weight of evidence, weight contrast, sufficiency ratio) in several scenarios and sets their prediction rates side by side, like Table 4 of Li &amp;amp; Lan 2023 (&lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Optimal&lt;/b&gt;: continuous factors classification-free at PRECISION; each method's bin width is optimised over k·10&lt;sup&gt;−Q&lt;/sup&gt; (OPT_PRECISION Q). &lt;b&gt;Conventional&lt;/b&gt;: for every number n in CLASSES each continuous factor is reclassified into n classes (CLASSIFICATION, breaks over the study area's valid cells) and every factor is analysed as classified. Classified factors stay classified in every scenario. Every scenario uses the same cells and the same training/test split (SEED; when empty a seed is drawn and written to the log).&lt;/p&gt;
&lt;p&gt;Written to the output folder: &lt;code&gt;Compare_prediction_rates.csv&lt;/code&gt; (a row per method, then "Average" and "Percent difference"; columns: the optimal width, the prediction and the success rate of every scenario, each rate's average over the scenarios and its percent difference; percent difference = 100·(maximum − value)/value as in the paper, empty = N.A.), &lt;code&gt;Compare_spearman.csv&lt;/code&gt; (the Spearman rank correlation between the LSI maps of the eight optimal methods), the LSI of each optimal method (&lt;code&gt;LSI_&amp;lt;method&amp;gt;_P&amp;lt;P&amp;gt;_W&amp;lt;w&amp;gt;.tif&lt;/code&gt;) and &lt;code&gt;Compare_log.json&lt;/code&gt; with every input, setting and result. Nothing is written if the run fails or is cancelled. The LSI of the best method is added to the project: the method with the highest optimal prediction rate or, when there is no test set (TRAIN_RATIO 1 and no TEST_LANDSLIDES), the highest optimal success rate.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ALSA 3.0 の 8 つの条件付き確率手法（頻度差、頻度比、情報量、確信度、コサイン振幅、証拠の重み、重みコントラスト、十分比）を複数のシナリオで実行し、Li &amp;amp; Lan 2023（&lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418）の表 4 のように予測率を並べて比較する。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;最適化&lt;/b&gt;: 連続型素因は PRECISION の精度で分類不要のまま解析し、各手法のビン幅を k·10&lt;sup&gt;−Q&lt;/sup&gt;（OPT_PRECISION Q）の範囲で最適化する。&lt;b&gt;従来法&lt;/b&gt;: CLASSES の各クラス数 n について、各連続型素因を n クラスに再分類し（CLASSIFICATION、区分境界は対象領域の有効セルから算出）、すべての素因をカテゴリ型として解析する。カテゴリ型素因はどのシナリオでもカテゴリ型のまま。すべてのシナリオで同じセルと同じ学習用/検証用の分割を使用する（SEED。空欄の場合は乱数シードを生成してログに記録）。&lt;/p&gt;
&lt;p&gt;出力フォルダに書き出すもの: &lt;code&gt;Compare_prediction_rates.csv&lt;/code&gt;（手法ごとに 1 行、続いて "Average" と "Percent difference" の行。列: 最適ビン幅、各シナリオの予測率と成功率、各率のシナリオ平均と差の百分率。差の百分率 = 論文と同じく 100·(最大値 − 値)/値、空欄 = N.A.）、&lt;code&gt;Compare_spearman.csv&lt;/code&gt;（8 つの最適化手法の LSI マップ間の Spearman 順位相関）、各最適化手法の LSI（&lt;code&gt;LSI_&amp;lt;method&amp;gt;_P&amp;lt;P&amp;gt;_W&amp;lt;w&amp;gt;.tif&lt;/code&gt;）、およびすべての入力・設定・結果を記録した &lt;code&gt;Compare_log.json&lt;/code&gt;。実行が失敗またはキャンセルされた場合は何も書き出さない。最良手法の LSI をプロジェクトに追加する。最良手法とは最適化シナリオの予測率が最も高い手法、検証用データがない場合（TRAIN_RATIO が 1 で TEST_LANDSLIDES なし）は最適化シナリオの成功率が最も高い手法。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Decimals kept of the normalised continuous values in the optimal scenario, 0–6.</source>
            <translation>最適化シナリオで正規化した連続値に残す小数点以下の桁数、0～6。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Q, 1–4: the optimal scenario tries every bin width k·10^−Q, k = 1…10^Q, per method.</source>
            <translation>Q、1～4: 最適化シナリオでは手法ごとに全ビン幅 k·10^−Q、k = 1…10^Q を試行する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Numbers of classes of the conventional scenarios, comma-separated whole numbers from 2 to {max_classes} (the paper's 10, 5 and 3: "10,5,3").</source>
            <translation>従来法シナリオのクラス数。2～{max_classes} の整数をカンマ区切りで指定（論文の 10、5、3 なら "10,5,3"）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>How continuous factors are split into classes in the conventional scenarios: equal interval, quantile or natural breaks (Jenks), over the valid cells of the study area.</source>
            <translation>従来法シナリオで連続型素因をクラスに分割する方法: 等間隔分類、等量分類、自然分類（Jenks）。対象領域の有効セルから算出。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Folder for the comparison table, the Spearman matrix, the optimal LSI rasters and the log.</source>
            <translation>比較表、Spearman 行列、最適 LSI ラスタ、ログの出力先フォルダ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Compare bivariate methods</source>
            <translation>二変量解析手法の比較</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Random seed (empty: drawn and logged)</source>
            <translation>乱数シード（空欄: 生成してログに記録）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Numbers of classes (conventional)</source>
            <translation>クラス数（従来法）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Classification method</source>
            <translation>分類方法</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Prediction rates of every method and scenario (CSV)</source>
            <translation>全手法・全シナリオの予測率（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Spearman rank correlation of the optimal LSIs (CSV)</source>
            <translation>最適 LSI 間の Spearman 順位相関（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Method with the highest optimal prediction rate (success rate without a test set)</source>
            <translation>最適化シナリオの予測率が最も高い手法（検証用データがない場合は成功率）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>{method}: optimal (width {width:g}) prediction rate {rate:.4f}</source>
            <translation>{method}: 最適化シナリオ（ビン幅 {width:g}）予測率 {rate:.4f}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>{method}: optimal (width {width:g}) success rate {rate:.4f}</source>
            <translation>{method}: 最適化シナリオ（ビン幅 {width:g}）成功率 {rate:.4f}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Best method: {best_method} (optimal prediction rate; seed {seed})</source>
            <translation>最良の手法: {best_method}（最適化シナリオの予測率による。乱数シード {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Best method: {best_method} (optimal success rate; seed {seed})</source>
            <translation>最良の手法: {best_method}（最適化シナリオの成功率による。乱数シード {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>&lt;p&gt;Machine-learning models and bivariate methods side by side on one split: the ML paper's Table 3 (models, Hokkaido) next to Table 4 of Li &amp;amp; Lan 2023 (methods). Every chosen model and method runs as its own algorithm would (alsa:randomforest, alsa:certaintyfactor …), with the same SEED for all, so all of them use the same grid, valid cells and training/test landslides; when SEED is empty one seed is drawn and written to the log.&lt;/p&gt;
&lt;p&gt;They are compared on what they share: the success and prediction rates of the full map (the probability of a model, the LSI of a method, ranked over the same valid cells against the same landslides) and the ROC AUC of the map. The models' ROC AUC on their training and test designs (TRAIN_DESIGN, TEST_DESIGN) and the methods' bin width are given as well. Models use their default hyperparameters, but for the neighbour search of KNN and of stacking's KNN base (NEIGHBOUR_SEARCH, advanced: the approximate search for large maps); the methods share PRECISION, BIN_WIDTH, OPTIMIZE and OPT_PRECISION.&lt;/p&gt;
&lt;p&gt;Written to the output folder: every item's own outputs under its own name (e.g. Probability_RF_Po2-Po1_S1.tif, LSI_CF_P3_W0.1.tif, their rates, tables and logs), the table &lt;code&gt;Compare_models.csv&lt;/code&gt; (or OUTPUT_TABLE: one row per item, best first by prediction rate, by success rate without a test set) and &lt;code&gt;Compare_models_log.json&lt;/code&gt; (the seed, the settings, every item's log and results). Nothing is written if any item fails or the run is cancelled. The raster of the best item is added to the project.&lt;/p&gt;</source>
            <translation>&lt;p&gt;機械学習モデルと二変量手法を一つの訓練/テスト分割の上で並べて比較する：機械学習論文の表 3（モデル、北海道）と Li &amp;amp; Lan 2023 の表 4（手法）を並べたものである。選んだ各モデルと各手法はそれぞれのアルゴリズム（alsa:randomforest、alsa:certaintyfactor …）と同じように、すべて同じ SEED で実行されるため、同じグリッド、有効セル、訓練/テスト斜面崩壊を用いる。SEED が空のときは一つのシードを抽選してログに書き込む。&lt;/p&gt;
&lt;p&gt;比較は共通するものに基づく：地図全体の成功率と予測率（モデルの確率、手法の LSI を、同じ有効セル上で同じ斜面崩壊に対して順位付けしたもの）および地図の ROC AUC である。モデルの訓練デザインとテストデザイン（TRAIN_DESIGN、TEST_DESIGN）上の ROC AUC と手法のビン幅も示す。モデルは既定のハイパーパラメータを用いる。ただし KNN とスタッキングの KNN ベースモデルの近傍探索（NEIGHBOUR_SEARCH、詳細設定：大きな地図には近似探索）は除く。手法は PRECISION、BIN_WIDTH、OPTIMIZE、OPT_PRECISION を共有する。&lt;/p&gt;
&lt;p&gt;出力フォルダに書き出すもの：各項目自身の名前による出力（例：Probability_RF_Po2-Po1_S1.tif、LSI_CF_P3_W0.1.tif とその成功率/予測率曲線、表、ログ）、表 &lt;code&gt;Compare_models.csv&lt;/code&gt;（または OUTPUT_TABLE：項目ごとに一行、予測率の高い順、テストセットがないときは成功率の高い順）および &lt;code&gt;Compare_models_log.json&lt;/code&gt;（シード、設定、各項目のログと結果）。いずれかの項目が失敗するか実行が取り消されたときは何も書き出さない。最良の項目のラスタがプロジェクトに追加される。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>The machine-learning models to compare (each with its default hyperparameters; scikit-learn needed), by index: 0 LR, 1 DT, 2 KNN, 3 ANN, 4 MLP, 5 RF, 6 Bagging, 7 Stacking. May be empty when METHODS is not.</source>
            <translation>比較する機械学習モデル（それぞれ既定のハイパーパラメータを用いる。scikit-learn が必要）、番号で指定：0 LR、1 DT、2 KNN、3 ANN、4 MLP、5 RF、6 Bagging、7 Stacking。METHODS が空でなければ空でもよい。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>The bivariate methods to compare, by index: 0 FC, 1 FR, 2 IV, 3 CF, 4 CA, 5 WOE, 6 WC, 7 SR. May be empty when MODELS is not.</source>
            <translation>比較する二変量手法、番号で指定：0 FC、1 FR、2 IV、3 CF、4 CA、5 WOE、6 WC、7 SR。MODELS が空でなければ空でもよい。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>How KNN, and the KNN base of stacking, find their k nearest training cells: exact (scikit-learn; hours on a map of 20 million cells) or approximate (much faster, needs numba); see alsa:knn. Ignored unless KNN or stacking is compared.</source>
            <translation>KNN とスタッキングの KNN ベースモデルが k 個の最近傍の訓練セルを探す方法：厳密（scikit-learn。2000 万セルの地図では数時間）または近似（はるかに高速、numba が必要）。alsa:knn を参照。KNN またはスタッキングを比較する場合にのみ使われる。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Where to write the comparison table (CSV); empty: Compare_models.csv in the output folder.</source>
            <translation>比較表（CSV）の書き出し先。空の場合は出力フォルダの Compare_models.csv である。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Folder for every item's outputs (probability and LSI rasters, rates, tables, logs), the table and the comparison's log.</source>
            <translation>各項目の出力（確率ラスタと LSI ラスタ、成功率/予測率曲線、表、ログ）、比較表、比較のログを置くフォルダ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>{name} ({key})</source>
            <translation>{name}（{key}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Machine learning</source>
            <translation>機械学習</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Models</source>
            <translation>モデル</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Precision (decimals of normalised values)</source>
            <translation>精度（正規化値の小数点以下の桁数）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Comparison table</source>
            <translation>比較表</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Item with the highest prediction rate (success rate without a test set)</source>
            <translation>予測率が最も高い項目（テストセットがないときは成功率）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Probability or LSI raster of the best item</source>
            <translation>最良の項目の確率ラスタまたは LSI ラスタ</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Best: {name} (prediction rate {rate:.4f}; seed {seed})</source>
            <translation>最良：{name}（予測率 {rate:.4f}、シード {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Best: {name} (success rate {rate:.4f}; seed {seed})</source>
            <translation>最良：{name}（成功率 {rate:.4f}、シード {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Comparison on one split (best first):</source>
            <translation>一つの分割上の比較（良い順）：</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>{rank}. model {name}: prediction rate {prediction}, success rate {success}, ROC AUC of the map {map_roc} (test landslides), ROC AUC {train} (training design), {test} (test design); fitted in {fit:.1f} s, {seconds:.1f} s in all</source>
            <translation>{rank}. モデル {name}：予測率 {prediction}、成功率 {success}、地図の ROC AUC {map_roc}（テスト斜面崩壊）、ROC AUC {train}（訓練デザイン）、{test}（テストデザイン）。当てはめ {fit:.1f} 秒、全体で {seconds:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>{rank}. method {name}: prediction rate {prediction}, success rate {success}, ROC AUC of the map {map_roc} (test landslides), bin width {width}; {seconds:.1f} s in all</source>
            <translation>{rank}. 手法 {name}：予測率 {prediction}、成功率 {success}、地図の ROC AUC {map_roc}（テスト斜面崩壊）、ビン幅 {width}。全体で {seconds:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Susceptibility optimisation (DC at the optimal CF bin width)</source>
            <translation>感受性最適化（最適な CF ビン幅での DC）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Given bin width (DC at BIN_WIDTH)</source>
            <translation>指定ビン幅（BIN_WIDTH での DC）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Classification compensation (every factor at TARGET_CLASSES classes)</source>
            <translation>分類補償（全素因を TARGET_CLASSES クラスに揃える）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>&lt;p&gt;Decisiveness (DC) of every factor: its absolute importance in ALSA 4.0/5.0 (Li &amp;amp; Lan 2024, &lt;i&gt;Int. J. Digital Earth&lt;/i&gt; 17). DC of a factor is the mean over the valid cells of |CF| of the certainty factor (eq. 23) of the cell's class or bin in that factor alone; it lies in 0–1, higher is more decisive. It is a weighted sum over the CF table (cells of each class or value × |CF|), so no pass over the cells is needed.&lt;/p&gt;
&lt;p&gt;DC grows as bins narrow or classes multiply, so factors are compared under a criterion: &lt;b&gt;susceptibility optimisation&lt;/b&gt; (ALSA 5.0's default) optimises the CF bin width over k·10&lt;sup&gt;−Q&lt;/sup&gt; (prediction rate; success rate without a test set) and takes DC at the optimal width; &lt;b&gt;given bin width&lt;/b&gt; takes DC at BIN_WIDTH; &lt;b&gt;classification compensation&lt;/b&gt; brings every factor to m = TARGET_CLASSES classes: continuous factors at bin width 1/m, classified factors with more classes merged at random into m groups, their DC the mean over every possible merge, or over N_MERGES random merges (SEED) when there are too many, with its spread.&lt;/p&gt;
&lt;p&gt;Written to the output folder: &lt;code&gt;Decisiveness_&amp;lt;tag&amp;gt;.csv&lt;/code&gt; (factor, kind, classes or bins, bin width, DC; tag as in a bivariate run, e.g. CF_P3_W0.12, or compensated_m&amp;lt;m&amp;gt;), with SWEEP &lt;code&gt;Decisiveness_sweep_P&amp;lt;P&amp;gt;_Q&amp;lt;Q&amp;gt;.csv&lt;/code&gt; (DC of every factor at each width k·10&lt;sup&gt;−Q&lt;/sup&gt;, one column per factor), when optimising the bin-width/AUC table, and &lt;code&gt;Decisiveness_log_&amp;lt;tag&amp;gt;.json&lt;/code&gt; with every input, setting and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation>&lt;p&gt;各素因の決定度（DC）: ALSA 4.0/5.0 における素因の絶対的な重要度（Li &amp;amp; Lan 2024, &lt;i&gt;Int. J. Digital Earth&lt;/i&gt; 17）。素因の DC は、その素因だけでみたセルのクラスまたはビンの確信度（式 23）の絶対値 |CF| を、有効セル全体で平均したもの。値は 0～1 で、大きいほど決定的。CF 表の重み付き和（各クラスまたは値のセル数 × |CF|）として求めるため、セルを走査する必要はない。&lt;/p&gt;
&lt;p&gt;DC はビンが狭くなるほど、またクラスが増えるほど大きくなるため、素因は次のいずれかの基準で比較する: &lt;b&gt;感受性最適化&lt;/b&gt;（ALSA 5.0 の既定）は CF のビン幅を k·10&lt;sup&gt;−Q&lt;/sup&gt; の範囲で最適化し（予測率、検証用データがない場合は成功率）、最適ビン幅での DC をとる。&lt;b&gt;指定ビン幅&lt;/b&gt;は BIN_WIDTH での DC をとる。&lt;b&gt;分類補償&lt;/b&gt;はすべての素因を m = TARGET_CLASSES クラスに揃える。連続型素因はビン幅 1/m とし、それより多いクラスを持つカテゴリ型素因はクラスを無作為に m グループに併合して、可能なすべての併合での DC の平均（併合の組合せが多すぎる場合は N_MERGES 回の無作為な併合（SEED）での平均）とそのばらつきをとる。&lt;/p&gt;
&lt;p&gt;出力フォルダに書き出すもの: &lt;code&gt;Decisiveness_&amp;lt;tag&amp;gt;.csv&lt;/code&gt;（素因、種類、クラス数またはビン数、ビン幅、DC。tag は二変量解析の実行と同様で、例: CF_P3_W0.12、または compensated_m&amp;lt;m&amp;gt;）、SWEEP 指定時は &lt;code&gt;Decisiveness_sweep_P&amp;lt;P&amp;gt;_Q&amp;lt;Q&amp;gt;.csv&lt;/code&gt;（各ビン幅 k·10&lt;sup&gt;−Q&lt;/sup&gt; での全素因の DC、素因ごとに 1 列）、最適化時はビン幅/AUC 表、およびすべての入力・設定・結果を記録した &lt;code&gt;Decisiveness_log_&amp;lt;tag&amp;gt;.json&lt;/code&gt;。実行が失敗またはキャンセルされた場合は何も書き出さない。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>How factors are made comparable: the optimal CF bin width, the given BIN_WIDTH, or classification compensation to TARGET_CLASSES classes.</source>
            <translation>素因を比較可能にする方法: 最適な CF ビン幅、指定した BIN_WIDTH、または TARGET_CLASSES クラスへの分類補償。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Bin width in normalised units, 0.000001–1, used by the given-bin-width criterion; widths below 2·10^−PRECISION change nothing.</source>
            <translation>正規化単位でのビン幅、0.000001～1。指定ビン幅の基準で使用する。2·10^−PRECISION 未満のビン幅は結果を変えない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Q, 1–4: the widths k·10^−Q, k = 1…10^Q, of the optimisation and of the sweep.</source>
            <translation>Q、1～4: 最適化とスイープで用いるビン幅 k·10^−Q、k = 1…10^Q。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Classification compensation: the class count m, 0–1000; 0 = the smallest class count among the classified factors.</source>
            <translation>分類補償: クラス数 m、0～1000。0 = カテゴリ型素因のうち最小のクラス数。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Classification compensation: random merges of a classified factor's classes, 1–1000000, used when there are more than 100000 possible merges (SEED makes them repeatable).</source>
            <translation>分類補償: カテゴリ型素因のクラスの無作為併合の回数、1～1000000。可能な併合が 100000 通りを超える場合に使用する（SEED で再現可能）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Also write the DC of every factor at every bin width k·10^−Q.</source>
            <translation>全素因の DC を各ビン幅 k·10^−Q についても書き出す。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Folder for the decisiveness tables and the log.</source>
            <translation>決定度の表とログの出力先フォルダ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness (DC, 0–1, higher = more decisive), highest first:</source>
            <translation>決定度（DC、0～1、大きいほど決定的）、高い順:</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>{rank}. {name}: DC {dc:.4f} ± {std:.4f} (range {lo:.4f}–{hi:.4f}; {k} classes merged into {m}, mean of {n} merges, {merging})</source>
            <translation>{rank}. {name}: DC {dc:.4f} ± {std:.4f}（範囲 {lo:.4f}–{hi:.4f}。{k} クラスを {m} に併合、{n} 回の併合の平均、{merging}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>every merge</source>
            <translation>全併合</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Monte Carlo</source>
            <translation>モンテカルロ</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>{rank}. {name}: DC {dc:.4f} (classified, {k} classes)</source>
            <translation>{rank}. {name}: DC {dc:.4f}（カテゴリ型、{k} クラス）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>{rank}. {name}: DC {dc:.4f} (continuous, {k} distinct values, bin width {w:g})</source>
            <translation>{rank}. {name}: DC {dc:.4f}（連続型、異なる値 {k} 個、ビン幅 {w:g}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness of factors</source>
            <translation>素因の決定度</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Factor analysis</source>
            <translation>素因解析</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Criterion</source>
            <translation>基準</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Target class count m</source>
            <translation>目標クラス数 m</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Random merges</source>
            <translation>無作為併合の回数</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>DC over every bin width</source>
            <translation>全ビン幅での DC</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness over the bin widths (CSV)</source>
            <translation>ビン幅ごとの決定度（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>&lt;p&gt;Evaluates any susceptibility raster (an ALSA LSI, a machine-learning probability, a map from other software; higher values = more susceptible) against a landslide inventory, on the raster's own grid.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Success rate&lt;/b&gt; (LANDSLIDES) and &lt;b&gt;prediction rate&lt;/b&gt; (TEST_LANDSLIDES): the cells are ranked from the highest value to the lowest; the curve plots the cumulative share of cells against the cumulative share of landslide weight, and the rate is the area under it. Cells with equal values form one step, so ties are never broken by cell order. &lt;b&gt;ROC AUC&lt;/b&gt;: the landslide cells (weighted) against the ranked cells holding no landslide, ties counting one half.&lt;/p&gt;
&lt;p&gt;Nodata cells of the raster (and cells outside MASK) are not ranked; landslide cells on them drop out, and a warning says how many. The curves are written in long form to a CSV table (columns curve, cell_fraction, landslide_fraction).&lt;/p&gt;</source>
            <translation>&lt;p&gt;任意の感受性ラスタ（ALSA の LSI、機械学習による確率、他のソフトウェアによるマップなど。値が高いほど感受性が高い）を、ラスタ自身のグリッド上で斜面崩壊インベントリと照合して評価する。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;成功率&lt;/b&gt;（LANDSLIDES）と&lt;b&gt;予測率&lt;/b&gt;（TEST_LANDSLIDES）: セルを値の高い順に並べ、セルの累積割合に対する斜面崩壊の重みの累積割合を曲線として描き、その曲線下面積を率とする。同じ値のセルは 1 つの段をなすため、同順位がセルの並び順で分けられることはない。&lt;b&gt;ROC AUC&lt;/b&gt;: 崩壊セル（重み付き）と、順位付けされた斜面崩壊を含まないセルとの比較。同順位は 1/2 として数える。&lt;/p&gt;
&lt;p&gt;ラスタの NoData セル（および MASK の外のセル）は順位付けしない。その上にある崩壊セルは除外され、その数が警告で示される。曲線は縦長形式で CSV 表（列 curve、cell_fraction、landslide_fraction）に書き出す。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>The susceptibility raster (first band); higher values = more susceptible. Its grid is used.</source>
            <translation>感受性ラスタ（第 1 バンド）。値が高いほど感受性が高い。このラスタのグリッドを使用する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Optional test inventory (points, polygons or a 0/1 raster): gives the prediction rate.</source>
            <translation>検証用インベントリ（任意、ポイント、ポリゴン、または 0/1 ラスタ）: 予測率を算出する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Optional study-area polygons: cells whose centre lies outside are not ranked.</source>
            <translation>対象領域ポリゴン（任意）: 中心が外側にあるセルは順位付けしない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>CSV file for the success (and prediction) rate curves.</source>
            <translation>成功率（および予測率）曲線の CSV ファイル。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Evaluate a susceptibility map</source>
            <translation>感受性マップの評価</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Evaluation</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Susceptibility raster</source>
            <translation>感受性ラスタ</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Study-area mask</source>
            <translation>対象領域マスク</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Rate curves</source>
            <translation>率曲線</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>INPUT: choose a susceptibility raster layer.</source>
            <translation>INPUT: 感受性ラスタレイヤを選択。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>&lt;p&gt;What to check before trusting a susceptibility model: how landslides are distributed over each factor, and which factors say the same thing.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;Distributions: for every factor, the training landslide, test landslide and non-landslide cells over its classes, or over N_CLASSES equal-interval value bins in the factor's own units, with p(L|F).&lt;/li&gt;&lt;li&gt;Continuous factors: the variance inflation factor VIF = 1/(1 − R²) and tolerance 1/VIF, and the Pearson and Spearman correlation matrices, on the rasters' own values over all valid cells, or over a random sample of SAMPLE_CELLS cells (SEED) when there are more.&lt;/li&gt;&lt;li&gt;Every pair of factors: Cramér's V from their contingency table over all valid cells (continuous factors in N_CLASSES equal-interval classes).&lt;/li&gt;&lt;li&gt;Weights of evidence's conditional independence: the predicted number of landslide cells T against the observed N(L) (N(L)/T below 0.85 signals dependence) and the Agterberg–Cheng statistic with its one-sided p-value, with continuous factors in N_CLASSES classes.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;Verdicts over the usual thresholds (VIF above 5 or 10, |r| above 0.7, Cramér's V above 0.3 or 0.5) are listed in plain words in the log panel and the summary. Written to the output folder: &lt;code&gt;Factors_distribution_&amp;lt;factor&amp;gt;.csv&lt;/code&gt; per factor, &lt;code&gt;Factors_vif.csv&lt;/code&gt;, &lt;code&gt;Factors_pearson.csv&lt;/code&gt;, &lt;code&gt;Factors_spearman.csv&lt;/code&gt;, &lt;code&gt;Factors_cramers_v.csv&lt;/code&gt; and &lt;code&gt;Factors_summary.json&lt;/code&gt; (every input and setting, which cells were used, every figure and verdict). Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation>&lt;p&gt;感受性モデルを信頼する前に確認すべきこと: 各素因に対して斜面崩壊がどのように分布しているか、またどの素因が同じ情報を表しているか。&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;分布: 各素因について、そのクラスごと、または素因自身の単位で N_CLASSES 個の等間隔の値のビンごとに、学習用の崩壊セル、検証用の崩壊セル、非崩壊セルの数と p(L|F)。&lt;/li&gt;&lt;li&gt;連続型素因: 分散拡大係数 VIF = 1/(1 − R²) と許容度 1/VIF、および Pearson と Spearman の相関行列。ラスタ自身の値を用い、全有効セル（それより多い場合は SAMPLE_CELLS 個のセルの無作為標本（SEED））で計算。&lt;/li&gt;&lt;li&gt;すべての素因ペア: 全有効セルの分割表から求めた Cramér's V（連続型素因は N_CLASSES 個の等間隔クラスに分割）。&lt;/li&gt;&lt;li&gt;証拠の重みの条件付き独立性: 予測される崩壊セル数 T と観測値 N(L) の比較（N(L)/T が 0.85 未満なら従属の兆候）、および Agterberg–Cheng 統計量とその片側 p 値。連続型素因は N_CLASSES クラスに分割。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;通常の閾値（VIF が 5 または 10 超、|r| が 0.7 超、Cramér's V が 0.3 または 0.5 超）を超えた判定は、ログパネルと要約に平易な言葉で示される。出力フォルダに書き出すもの: 素因ごとの &lt;code&gt;Factors_distribution_&amp;lt;factor&amp;gt;.csv&lt;/code&gt;、&lt;code&gt;Factors_vif.csv&lt;/code&gt;、&lt;code&gt;Factors_pearson.csv&lt;/code&gt;、&lt;code&gt;Factors_spearman.csv&lt;/code&gt;、&lt;code&gt;Factors_cramers_v.csv&lt;/code&gt;、および &lt;code&gt;Factors_summary.json&lt;/code&gt;（すべての入力と設定、使用したセル、すべての数値と判定）。実行が失敗またはキャンセルされた場合は何も書き出さない。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Equal-interval classes of each continuous factor's value range, 2–1000, for the distributions, Cramér's V and the conditional-independence check.</source>
            <translation>各連続型素因の値域を分ける等間隔クラスの数、2～1000。分布、Cramér's V、条件付き独立性の検定に使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>VIF and correlations use every valid cell up to this many, 1000–100000000; with more valid cells, a random sample of this size (SEED).</source>
            <translation>VIF と相関は、有効セルがこの数以下ならすべての有効セルを使用し、それより多ければこのサイズの無作為標本（SEED）を使用する。1000～100000000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Fixed seed for the training/test split and the sample, a whole number 0–2147483647. Empty: drawn and written to the summary.</source>
            <translation>学習用/検証用の分割と標本抽出のための固定乱数シード、0～2147483647 の整数。空欄: 生成して要約に記録。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Folder for the distribution, VIF, correlation and Cramér's V tables and the summary.</source>
            <translation>分布、VIF、相関、Cramér's V の表と要約の出力先フォルダ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Factor distributions and screening</source>
            <translation>素因の分布とスクリーニング</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Classes of continuous factors</source>
            <translation>連続型素因のクラス数</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Cells for VIF and correlations</source>
            <translation>VIF と相関に用いるセル数</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>VIF and tolerance of the continuous factors (CSV)</source>
            <translation>連続型素因の VIF と許容度（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Pearson correlation matrix (CSV)</source>
            <translation>Pearson 相関行列（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Spearman correlation matrix (CSV)</source>
            <translation>Spearman 相関行列（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Cramér's V matrix (CSV)</source>
            <translation>Cramér's V 行列（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Summary and run log (JSON)</source>
            <translation>要約と実行ログ（JSON）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Verdicts:</source>
            <translation>判定:</translation>
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Cancelled by the user: no output file was written.</source>
            <translation>ユーザによりキャンセル: 出力ファイルは書き込まれていない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Not enough memory for this run: no output file was written. Choose a larger CELL_SIZE, a smaller EXTENT or MASK, or fewer factors (or close other programs).</source>
            <translation>この実行にはメモリが不足: 出力ファイルは書き込まれていない。より大きな CELL_SIZE、より小さな EXTENT または MASK、あるいはより少ない素因を選択（または他のプログラムを終了）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Stopped by {name}: the run was interrupted and no output file was written.</source>
            <translation>{name} により停止: 実行が中断され、出力ファイルは書き込まれていない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>FC = p(L|F) − p(L); LSI = Σ FC (§2.2.3, Table 1). Neutral value 0.</source>
            <translation>FC = p(L|F) − p(L)、LSI = Σ FC（§2.2.3、表 1）。中立値は 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>FR = p(L|F) / p(L); LSI = Σ FR (§2.2.3, Table 1). Neutral value 1 per factor.</source>
            <translation>FR = p(L|F) / p(L)、LSI = Σ FR（§2.2.3、表 1）。中立値は素因あたり 1。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>IV = ln(p(L|F) / p(L)); LSI = Σ IV (§2.2.3, Table 1). Neutral value 0.</source>
            <translation>IV = ln(p(L|F) / p(L))、LSI = Σ IV（§2.2.3、表 1）。中立値は 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>CF = (p(L|F) − p(L)) / (p(L|F)(1 − p(L))) when p(L|F) ≥ p(L), else (p(L|F) − p(L)) / (p(L)(1 − p(L|F))) (eq. 23); factors combined pairwise by the CF rule (§2.2.3, Table 1). LSI in [−1, 1], neutral value 0.</source>
            <translation>p(L|F) ≥ p(L) のとき CF = (p(L|F) − p(L)) / (p(L|F)(1 − p(L)))、それ以外は (p(L|F) − p(L)) / (p(L)(1 − p(L|F)))（式 23）。素因は CF の結合則で 2 つずつ結合する（§2.2.3、表 1）。LSI は [−1, 1] の範囲、中立値は 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>CA = √(p(L|F)·p(F|L)): the cosine amplitude (eq. 27) of the landslide and the class indicator vectors over the cells; LSI = Σ CA (§2.2.3, Table 1).</source>
            <translation>CA = √(p(L|F)·p(F|L)): セル全体にわたる斜面崩壊とクラスの指示ベクトルのコサイン振幅（式 27）。LSI = Σ CA（§2.2.3、表 1）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>W+ = ln SR = ln(p(F|L)/p(F|L̄)) (SR eq. 33), W− = ln NR = ln(p(F̄|L)/p(F̄|L̄)) (NR eq. 34); WS_j = W+_j + Σ_(k≠j) W−_k (eq. 35). The LSI raster holds the posterior log-odds logit p(L) + Σ WS (eq. 36).</source>
            <translation>W+ = ln SR = ln(p(F|L)/p(F|L̄))（SR 式 33）、W− = ln NR = ln(p(F̄|L)/p(F̄|L̄))（NR 式 34）。WS_j = W+_j + Σ_(k≠j) W−_k（式 35）。LSI ラスタには事後対数オッズ logit p(L) + Σ WS（式 36）を格納する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>WC = W+ − W− (eq. 41); LSI = Σ WC (§2.2.3, Table 1). Neutral value 0.</source>
            <translation>WC = W+ − W−（式 41）、LSI = Σ WC（§2.2.3、表 1）。中立値は 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>SR = p(F|L) / p(F|L̄) (eq. 33); LSI = Σ SR (§2.2.3, Table 1). Neutral value 1 per factor.</source>
            <translation>SR = p(F|L) / p(F|L̄)（式 33）、LSI = Σ SR（§2.2.3、表 1）。中立値は素因あたり 1。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>&lt;p&gt;{name} method of ALSA 3.0 (Li &amp;amp; Lan 2023, &lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418).&lt;/p&gt;
&lt;p&gt;{formula}&lt;/p&gt;
&lt;p&gt;Factors are brought onto one grid (the first factor's CRS and, unless set, its extent and cell size). Continuous factors are normalised to 0–1, rounded to PRECISION decimals and analysed without classes: each value's bin is [u − w/2, u + w/2] with bin width w. With OPTIMIZE, every width k·10&lt;sup&gt;−Q&lt;/sup&gt; is tried and the one with the best prediction rate (success rate without a test set) is used. Classified factors use their integer class codes.&lt;/p&gt;
&lt;p&gt;Written to the output folder (names encode method and settings, e.g. LSI_CF_P3_W0.12.tif): the LSI, a favourability raster and a CSV table (every class or bin: counts, probabilities, favourability) per factor, the success/prediction rate curves, the bin-width/AUC table when optimising, the decisiveness of every factor at the width used (Decisiveness_CF_P3_W0.12.csv: the mean |CF| of its classes or bins over the valid cells, ALSA 5.0) and a JSON log with every input, setting and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ALSA 3.0 の{name}法（Li &amp;amp; Lan 2023, &lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418）。&lt;/p&gt;
&lt;p&gt;{formula}&lt;/p&gt;
&lt;p&gt;素因は 1 つのグリッドに揃えられる（先頭の素因の CRS、および指定がなければその範囲とセルサイズ）。連続型素因は 0～1 に正規化し、PRECISION 桁に丸め、クラス分けせずに解析する。各値のビンは、ビン幅 w に対して [u − w/2, u + w/2]。OPTIMIZE を有効にすると、すべてのビン幅 k·10&lt;sup&gt;−Q&lt;/sup&gt; を試行し、予測率（検証用データがない場合は成功率）が最も高いものを使用する。カテゴリ型素因は整数のクラスコードを使用する。&lt;/p&gt;
&lt;p&gt;出力フォルダに書き出すもの（ファイル名は手法と設定を表す。例: LSI_CF_P3_W0.12.tif）: LSI、素因ごとの適合度ラスタと CSV 表（各クラスまたはビンの件数、確率、適合度）、成功率/予測率曲線、最適化時のビン幅/AUC 表、使用したビン幅での各素因の決定度（Decisiveness_CF_P3_W0.12.csv: クラスまたはビンの |CF| の有効セル平均、ALSA 5.0）、およびすべての入力・設定・結果を記録した JSON ログ。実行が失敗またはキャンセルされた場合は何も書き出さない。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Landslide inventory: points (each counts as one cell, or its weight), polygons (cells whose centre is inside) or a 0/1 raster.</source>
            <translation>斜面崩壊インベントリ: ポイント（各ポイントを 1 セル、または重みの値として数える）、ポリゴン（中心が内側にあるセル）、または 0/1 ラスタ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Numeric field of a point layer: a point counts as this many landslide cells.</source>
            <translation>ポイントレイヤの数値フィールド: 各ポイントをこの値の数の崩壊セルとして数える。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Polygons mark every cell they touch instead of the cells whose centre is inside.</source>
            <translation>ポリゴンを、中心が内側にあるセルではなく、接触するすべてのセルに割り当てる。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>A separate test inventory (e.g. newer events). Then every landslide of LANDSLIDES trains and TRAIN_RATIO and SPLIT_BY are not used.</source>
            <translation>別の検証用インベントリ（例: より新しい崩壊イベント）。この場合、LANDSLIDES の斜面崩壊はすべて学習に使用し、TRAIN_RATIO と SPLIT_BY は使用しない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Share of landslide cells (or of whole landslides, with SPLIT_BY) used for training, 0.01–1 (0.7 = 70:30; 1 = no test set).</source>
            <translation>学習に使用する崩壊セルの割合（SPLIT_BY で斜面崩壊単位を選んだ場合は斜面崩壊の割合）、0.01～1（0.7 = 70:30、1 = 検証用データなし）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Landslide cells: cells are drawn at random, so one landslide polygon may train and test at once (ALSA's default). Whole landslides: each landslide goes to one side (a polygon, overlapping polygons together; a point, points in one cell together; a patch of a 0/1 raster, cells touching at an edge or corner, 8-connectivity), so the prediction rate is not flattered by cells of a training landslide; TRAIN_RATIO is then the share of landslides. The log says how many landslides and cells fell on each side. Does not apply with TEST_LANDSLIDES.</source>
            <translation>崩壊セル: セルを無作為に抽出するため、1 つの斜面崩壊ポリゴンが学習と検証の両方に使われることがある（ALSA の既定）。斜面崩壊単位: 各斜面崩壊を丸ごと一方に割り当てる（ポリゴン 1 つ、重なり合うポリゴンはまとめて、点 1 つ、同じセル内の点はまとめて、0/1 ラスタの連結したまとまり 1 つ、辺または角で接するセル、8 近傍連結）ため、学習用斜面崩壊のセルによって予測率が過大にならない。この場合 TRAIN_RATIO は斜面崩壊の割合となる。ログには各側の斜面崩壊数とセル数が記録される。TEST_LANDSLIDES を指定した場合は適用しない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Fixed seed for a repeatable training/test split (ALSA's pseudo random), a whole number 0–2147483647. Empty: a new split each run.</source>
            <translation>再現可能な学習用/検証用の分割のための固定乱数シード（ALSA の疑似乱数）、0～2147483647 の整数。空欄: 実行ごとに新しい分割。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Rasters with continuous values (slope, elevation, …), analysed classification-free.</source>
            <translation>連続値を持つラスタ（傾斜、標高など）。分類不要で解析する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Rasters of integer class codes (geology, land cover, …).</source>
            <translation>整数のクラスコードを持つラスタ（地質、土地被覆など）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Processing extent; default the mask's extent, else the first factor's.</source>
            <translation>処理範囲。既定はマスクの範囲、マスクがなければ先頭の素因の範囲。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Polygons of the study area: cells whose centre lies outside are left out.</source>
            <translation>対象領域のポリゴン: 中心が外側にあるセルは除外する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Cell size (&gt; 0) in the units of the first factor's CRS; empty or 0: the first factor's own cell size.</source>
            <translation>先頭の素因の CRS の単位でのセルサイズ（&gt; 0）。空欄または 0: 先頭の素因自身のセルサイズ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Decimals kept of the normalised continuous values, 0–6 (0 = no rounding).</source>
            <translation>正規化した連続値に残す小数点以下の桁数、0～6（0 = 丸めなし）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Bin width in normalised units, 0.000001–1; widths below 2·10^−PRECISION change nothing.</source>
            <translation>正規化単位でのビン幅、0.000001～1。2·10^−PRECISION 未満のビン幅は結果を変えない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Search the bin width with the best prediction rate.</source>
            <translation>予測率が最も高くなるビン幅を探索する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Q, 1–4: the candidate widths are k·10^−Q, k = 1…10^Q.</source>
            <translation>Q、1～4: 候補ビン幅は k·10^−Q、k = 1…10^Q。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Slope raster: cells with slope 0 get a null LSI (flat-area constraint); they still count in the probabilities.</source>
            <translation>傾斜ラスタ: 傾斜 0 のセルの LSI を NULL とする（平坦地制約）。これらのセルも確率の計算には含まれる。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Where to write the LSI; empty: LSI_&lt;method&gt;_P&lt;P&gt;_W&lt;w&gt;.tif in the output folder.</source>
            <translation>LSI の書き出し先。空欄: 出力フォルダ内の LSI_&lt;method&gt;_P&lt;P&gt;_W&lt;w&gt;.tif。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Folder for every other output (tables, favourability rasters, rates, log).</source>
            <translation>その他すべての出力（表、適合度ラスタ、率、ログ）の出力先フォルダ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional: the LSI cut into 5 susceptibility zones (very low … very high) by natural breaks over the valid cells, a Byte GeoTIFF with its zone table (CSV, same name) beside it; alsa:zones on the LSI offers other zone counts and edges.</source>
            <translation>任意: 有効セル上の自然分類（natural breaks）で LSI を 5 つの感受性区分（非常に低い … 非常に高い）に分けた Byte 型 GeoTIFF で、区分表（CSV、同名）をその横に書き出す。区分数や区分境界を変えるには LSI に alsa:zones を用いる。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional HTML report; its figures are written to a folder named after it.</source>
            <translation>HTML レポート（任意）。その図はレポート名に基づく名前のフォルダに書き出される。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Write the report's figures at 300 dpi (for print) instead of 150 dpi.</source>
            <translation>レポートの図を 150 dpi ではなく 300 dpi（印刷用）で書き出す。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional names of the factors, comma-separated, one per factor in order: the continuous factors first, then the classified factors. Empty: each layer's name (for a temporary output of another step, the name of its file where it has a lasting one).</source>
            <translation>任意の素因名。カンマ区切りで素因ごとに 1 つ、順に連続型素因、次に分類型素因。空: 各レイヤの名前（他のステップの一時出力については、ファイルが残る場合そのファイル名）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional: the landslide probability cut into 5 susceptibility zones (very low … very high) by natural breaks over the valid cells, a Byte GeoTIFF with its zone table (CSV, same name) beside it; alsa:zones on the probability raster offers other zone counts and edges.</source>
            <translation>任意: 有効セル上の斜面崩壊確率を自然分類（natural breaks）で 5 つの感受性区分（非常に低い … 非常に高い）に分けた Byte GeoTIFF と，その横に同名の区分表（CSV）。確率ラスタに alsa:zones を実行すれば別の区分数や境界を選べる。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Px1: every valid cell</source>
            <translation>Px1：すべての有効セル</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po1: a random sample of N_SAMPLE cells</source>
            <translation>Po1：N_SAMPLE セルの無作為標本</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po2: the landslide cells and as many random non-landslide cells</source>
            <translation>Po2：斜面崩壊セルと同数の無作為な非斜面崩壊セル</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po3: one cell per landslide and as many random non-landslide cells</source>
            <translation>Po3：斜面崩壊 1 件につき 1 セルと同数の無作為な非斜面崩壊セル</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>&lt;p&gt;{name}: a machine-learning model of landslide susceptibility (the ML paper on Hokkaido, {section}), fitted with scikit-learn on the same grid, valid cells and training/test landslides as the bivariate methods: the same SEED, TRAIN_RATIO and SPLIT_BY give the same test landslides.&lt;/p&gt;
&lt;p&gt;{about}&lt;/p&gt;
&lt;p&gt;Continuous factors are min–max normalised and classified factors one-hot encoded inside the model, fitted on the training design only (ML paper formula (9)). The model is trained on TRAIN_DESIGN (training landslides only) and tested on TEST_DESIGN (test landslides; its other cells exclude every cell the model was trained on); the paper trains on Po2 and tests on Po1 (§5.2, Table 3). Then the landslide probability of every valid cell is predicted, in chunks.&lt;/p&gt;
&lt;p&gt;Written to the output folder (names encode model, designs and seed, e.g. RF_Po2-Po1_S1): the probability raster, the success and prediction rate curves of the full map (as the bivariate methods), the ROC curve of both designs, the confusion matrix at 0.5 with TPR and FPR (ML paper formulas (15)–(16)), the permutation importance of every factor on the test design, the landslide cells of each side, and a JSON log with every input, setting, design count, hyperparameter and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;
&lt;p&gt;Needs scikit-learn in the Python that QGIS runs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;{name}：斜面崩壊感受性の機械学習モデルである（ML 論文（北海道），{section}）。scikit-learn により，二変量手法と同じグリッド・有効セル・学習用/検証用斜面崩壊の上で当てはめる。同じ SEED，TRAIN_RATIO，SPLIT_BY なら検証用斜面崩壊も同じである。&lt;/p&gt;
&lt;p&gt;{about}&lt;/p&gt;
&lt;p&gt;連続素因はモデル内部で最小–最大正規化，分類素因はワンホット符号化され，いずれも学習用サンプリング設計のみで当てはめる（ML 論文の式 (9)）。モデルは TRAIN_DESIGN（学習用斜面崩壊のみ）で学習し，TEST_DESIGN（検証用斜面崩壊。その他のセルには学習に使ったセルを含まない）で検証する。論文は Po2 で学習し Po1 で検証している（§5.2，表 3）。その後，すべての有効セルの斜面崩壊確率をチャンクごとに予測する。&lt;/p&gt;
&lt;p&gt;出力フォルダに書き出すもの（ファイル名はモデル・サンプリング設計・シードを表す。例：RF_Po2-Po1_S1）：確率ラスタ，全図の成功率・予測率曲線（二変量手法と同じ），両サンプリング設計の ROC 曲線，しきい値 0.5 の混同行列と TPR・FPR（ML 論文の式 (15)–(16)），検証用サンプリング設計での各素因の並べ替え重要度，各側の斜面崩壊セル，そしてすべての入力・設定・サンプリング設計の件数・ハイパーパラメータ・結果を記録した JSON ログである。実行が失敗またはキャンセルされた場合は何も書き出さない。&lt;/p&gt;
&lt;p&gt;QGIS が使う Python に scikit-learn が必要である。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>&lt;p&gt;On request, with the other outputs or not at all: OUTPUT_ZONES, the probability cut into five natural-breaks susceptibility zones with a table of their area and landslide shares, and OUTPUT_REPORT, an HTML report with the settings, the rate curves, the ROC curves of both designs, the confusion matrix, the permutation importances and the zones, its figures at 150 dpi (300 with HIGH_DPI).&lt;/p&gt;</source>
            <translation>&lt;p&gt;要求に応じて、ほかの出力とともに書き出す（失敗時は何も書き出さない）。OUTPUT_ZONES は確率を自然分類で五つの感受性区分に分け、各区分の面積と斜面崩壊の割合の表を付ける。OUTPUT_REPORT は HTML レポートであり、設定、成功率曲線と予測率曲線、両サンプリング設計の ROC 曲線、混同行列、並べ替え重要度および感受性区分を含み、図は 150 dpi（HIGH_DPI では 300 dpi）である。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The cells the model is trained on, from the training landslides (ML paper §3): Px1 every valid cell, Po1 a random sample, Po2 the landslide cells plus as many random other cells (the paper's choice), Po3 one cell per landslide (polygon centroid or point) plus as many other cells.</source>
            <translation>モデルの学習に使うセル（学習用斜面崩壊から。ML 論文 §3）：Px1 はすべての有効セル，Po1 は無作為標本，Po2 は斜面崩壊セルと同数の無作為なその他のセル（論文の選択），Po3 は斜面崩壊 1 件につき 1 セル（ポリゴンの重心または点）と同数のその他のセルである。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The cells the model is tested on (ROC, confusion matrix, importance), from the test landslides; its other cells exclude the training design's. Po1 is the paper's choice. Needs test landslides: TRAIN_RATIO below 1 or TEST_LANDSLIDES.</source>
            <translation>モデルの検証に使うセル（ROC，混同行列，重要度）で，検証用斜面崩壊から作る。その他のセルには学習用サンプリング設計のセルを含まない。Po1 が論文の選択である。検証用斜面崩壊が必要である：TRAIN_RATIO を 1 未満にするか TEST_LANDSLIDES を指定する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Cells of a Po1 design, a whole number 1–2147483647; empty: 500000, or every available cell when fewer. A number larger than the available cells is refused.</source>
            <translation>Po1 サンプリング設計のセル数で，整数 1–2147483647。空欄：500000（それより少なければ利用可能なすべてのセル）。利用可能なセル数を超える値は拒否される。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po2 only: keep landslide cells at least this many cells apart (the paper's points 'with limited distance'), 0–10000; 0 or 1 keeps every landslide cell.</source>
            <translation>Po2 のみ：残す斜面崩壊セルどうしを少なくともこのセル数だけ離す（論文の「距離を制限した」点），0–10000。0 または 1 ならすべての斜面崩壊セルを残す。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Inverse regularisation strength C of the logistic regression, 0.000001–1000000 (default 1).</source>
            <translation>ロジスティック回帰の正則化強度の逆数 C，0.000001–1000000（既定値 1）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Fewest training cells in a leaf of a tree, 1–100000.</source>
            <translation>木の葉 1 枚あたりの学習用セルの最小数，1–100000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Deepest level of the tree, 1–1000; empty: no limit.</source>
            <translation>木の最大の深さ，1–1000。空欄：制限なし。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>k, the neighbours that vote (Minkowski distance, p = 2), 1–100000; the paper's best is 100. Must not exceed the training design's cells.</source>
            <translation>k，投票する近傍の数（ミンコフスキー距離，p = 2），1–100000。論文の最良値は 100 である。学習用サンプリング設計のセル数を超えてはならない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>How the k nearest training cells are found. Exact: scikit-learn's search, which compares every cell with every training cell (about 1 ms per cell with the paper's Po2 design, hours for a map of 20 million cells). Approximate: the training cells are grouped into lists by k-means (seeded by SEED) and each cell is compared only with the cells of the 16 lists nearest to it; on a paper-scale synthetic map it found 99 % of the exact neighbours, its probabilities correlated 0.999 with the exact ones, and it was more than ten times faster. Euclidean distance only; needs numba. The same SEED gives the same probabilities.</source>
            <translation>k 個の最も近い訓練セルの求め方である。厳密：scikit-learn の探索で、すべてのセルをすべての訓練セルと比較する（論文の Po2 デザインではセルあたり約 1 ミリ秒、2000 万セルの地図では数時間かかる）。近似：訓練セルを k-means（SEED でシード設定）でリストに分け、各セルを最も近い 16 個のリストのセルとだけ比較する。論文規模の合成地図では厳密な近傍の 99 % を見つけ、確率は厳密な結果と相関 0.999 で、10 倍以上速かった。ユークリッド距離のみで、numba が必要である。同じ SEED は同じ確率を与える。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Units of the hidden layer, 1–10000.</source>
            <translation>隠れ層のユニット数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Units of the first hidden layer, 1–10000.</source>
            <translation>第 1 隠れ層のユニット数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Units of the second hidden layer, 1–10000.</source>
            <translation>第 2 隠れ層のユニット数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Most training epochs of the network, 1–100000.</source>
            <translation>ネットワークの最大学習エポック数，1–100000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Trees of the ensemble, 1–10000.</source>
            <translation>アンサンブルの木の数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The models whose out-of-fold probabilities the meta model combines, each with its default settings; by default all seven, as the paper. At least one.</source>
            <translation>メタモデルが折外確率を組み合わせるモデルで，それぞれ既定の設定を用いる。既定では論文と同じく 7 モデルすべてである。1 つ以上を選ぶ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>How the KNN base model finds its k nearest training cells: exact (scikit-learn; hours on a map of 20 million cells) or approximate (much faster, needs numba); see alsa:knn. Ignored without a KNN base.</source>
            <translation>KNN ベースモデルが k 個の最も近い訓練セルを求める方法である。厳密（scikit-learn。2000 万セルの地図では数時間）または近似（はるかに速く，numba が必要）。alsa:knn を参照。KNN ベースモデルがなければ無視される。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Folds whose out-of-fold probabilities train the logistic-regression meta model, 2–20 (the meta model never sees a base model's prediction on its own training cells).</source>
            <translation>折外確率でロジスティック回帰のメタモデルを学習させる分割数，2–20（メタモデルはベースモデルの自身の学習セルでの予測を一切見ない）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Where to write the landslide probability of every valid cell (0–1); empty: Probability_&lt;model&gt;_&lt;train&gt;-&lt;test&gt;_S&lt;seed&gt;.tif in the output folder.</source>
            <translation>すべての有効セルの斜面崩壊確率（0–1）の書き出し先。空欄：出力フォルダの Probability_&lt;model&gt;_&lt;train&gt;-&lt;test&gt;_S&lt;seed&gt;.tif。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Folder for every other output (rates, ROC, confusion matrix, importance, log).</source>
            <translation>その他すべての出力（成功率・予測率，ROC，混同行列，重要度，ログ）のフォルダ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Regularisation C</source>
            <translation>正則化パラメータ C</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Minimum cells per leaf</source>
            <translation>葉 1 枚あたりの最小セル数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Maximum tree depth</source>
            <translation>木の最大深さ</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Neighbours k</source>
            <translation>近傍数 k</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Exact (scikit-learn; hours on a paper-scale map)</source>
            <translation>厳密（scikit-learn。論文規模の地図では数時間）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Approximate (inverted file; much faster, needs numba)</source>
            <translation>近似（転置ファイル。はるかに速く、numba が必要）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Maximum epochs</source>
            <translation>最大エポック数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Hidden units</source>
            <translation>隠れユニット数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Hidden units, first layer</source>
            <translation>隠れユニット数（第 1 層）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Hidden units, second layer</source>
            <translation>隠れユニット数（第 2 層）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Folds of the meta model</source>
            <translation>メタモデルの分割数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Number of trees</source>
            <translation>木の数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Training design</source>
            <translation>学習用サンプリング設計</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Test design</source>
            <translation>検証用サンプリング設計</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Cells of a Po1 design</source>
            <translation>Po1 サンプリング設計のセル数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po2: minimum spacing of landslide cells (cells)</source>
            <translation>Po2：斜面崩壊セルの最小間隔（セル）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Neighbour search</source>
            <translation>近傍探索</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1</source>
            <translation>§4.1</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Random seed (empty: a new split and model each run)</source>
            <translation>乱数シード（空欄：実行ごとに新しい分割とモデル）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Landslide probability</source>
            <translation>斜面崩壊確率</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>ROC AUC on the training design</source>
            <translation>学習用サンプリング設計での ROC AUC</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>ROC AUC on the test design</source>
            <translation>検証用サンプリング設計での ROC AUC</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>training</source>
            <translation>学習用</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>test</source>
            <translation>検証用</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>{name}: success rate {success:.4f}, prediction rate {prediction:.4f}, ROC AUC {train:.4f} (training design), {test:.4f} (test design)</source>
            <translation>{name}：成功率 {success:.4f}，予測率 {prediction:.4f}，ROC AUC {train:.4f}（学習用サンプリング設計），{test:.4f}（検証用サンプリング設計）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (1)</source>
            <translation>§4.1 (1)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>P(landslide) = 1 / (1 + e^−(θ·x)), θ by maximum likelihood (ML paper formulas (1)–(4)).</source>
            <translation>P(斜面崩壊) = 1 / (1 + e^−(θ·x))，θ は最尤法で推定する（ML 論文の式 (1)–(4)）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (2)</source>
            <translation>§4.1 (2)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>A CART tree split by the Gini impurity (ML paper formula (7)); a leaf's share of landslide cells is its probability.</source>
            <translation>ジニ不純度で分割する CART 木である（ML 論文の式 (7)）。葉に占める斜面崩壊セルの割合がその確率である。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (3)</source>
            <translation>§4.1 (3)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The share of landslide cells among the k nearest training cells, by the Minkowski distance with p = 2 (ML paper formula (8)); k = 100, the paper's best (§5.2). NEIGHBOUR_SEARCH (advanced) chooses the exact search or a much faster approximate one for large maps.</source>
            <translation>k 個の最も近い訓練セルのうち斜面崩壊セルが占める割合で、p = 2 のミンコフスキー距離による（ML 論文の式 (8)）。k = 100 は論文の最良値である（§5.2）。NEIGHBOUR_SEARCH（詳細設定）で厳密探索か、大きな地図向けのはるかに速い近似探索かを選ぶ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (4)</source>
            <translation>§4.1 (4)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>A neural network with one hidden layer of ReLU units, trained by Adam.</source>
            <translation>ReLU ユニットの隠れ層を 1 層もち，Adam で学習するニューラルネットワークである。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>A neural network with two hidden layers of ReLU units, trained by Adam.</source>
            <translation>ReLU ユニットの隠れ層を 2 層もち，Adam で学習するニューラルネットワークである。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Bootstrapped CART trees, each split choosing among √(factors) random columns; the trees' probabilities are averaged.</source>
            <translation>ブートストラップした CART 木で，各分割は √(素因の数) 個の無作為な列から選ぶ。木の確率を平均する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (5)</source>
            <translation>§4.1 (5)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>CART trees fitted on bootstrap samples of the training design; their probabilities are averaged.</source>
            <translation>学習用サンプリング設計のブートストラップ標本で当てはめた CART 木で，その確率を平均する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells and two cores, LR, DT and RF as the bases took 9 to 11 minutes and the seven bases 99 minutes (a KNN base needs the approximate search there, NEIGHBOUR_SEARCH); the two maps' probabilities correlated 0.98, 89 % of the most susceptible tenth of the cells were the same, and their ROC AUCs were 0.9920 and 0.9922.</source>
            <translation>ベースモデル（BASE_MODELS：既定では論文と同じく他の 7 モデル）はそれぞれ既定の設定を用い，その折外確率でロジスティック回帰のメタモデルを学習させる（ML 論文の式 (13)–(14)）。その後ベースモデルを学習用サンプリング設計全体で当てはめ直す。最も遅いモデルで，各ベースモデルを FOLDS + 1 回当てはめ，各ベースモデルがすべてのセルを予測する。論文規模の 2000 万セルの地図と 2 コアでは，LR，DT，RF をベースモデルとして 9～11 分，7 つのベースモデルでは 99 分かかった（その場合 KNN ベースモデルには近似探索 NEIGHBOUR_SEARCH が必要）。両地図の確率の相関は 0.98，最も危険度の高い 1 割のセルの 89 % が一致し，ROC AUC は 0.9920 と 0.9922 であった。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Base models</source>
            <translation>ベースモデル</translation>
        </message>
        <message>
            <location filename="../processing_provider/provider.py" />
            <source>ALSA landslide susceptibility</source>
            <translation>ALSA 斜面崩壊感受性</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>&lt;p&gt;Reclassifies a continuous raster (slope, elevation, …) into n classes, so that the conventional 10/5/3-class scenarios of ALSA 3.0 can be run with the classes as a classified factor.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;Equal interval&lt;/b&gt;: n classes of equal width from the minimum to the maximum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Quantile&lt;/b&gt;: about the same number of cells in every class; heavily tied values can give equal breaks and so empty classes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Natural breaks (Jenks)&lt;/b&gt;: Fisher's optimal partition (least within-class sum of squares); exact over the distinct values when there are at most 2000, else over 2000 equal-width bins.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;Class k holds the values in (break&lt;sub&gt;k−1&lt;/sub&gt;, break&lt;sub&gt;k&lt;/sub&gt;]; class 1 also holds the minimum. The output has the input's grid (no resampling), class codes 1…n and nodata 0, as Byte (n ≤ 255) or UInt16. Only the first band is read; its nodata cells stay nodata. The breaks are reported in the log and in the BREAKS output.&lt;/p&gt;</source>
            <translation>&lt;p&gt;連続型ラスタ（傾斜、標高など）を n クラスに再分類する。これにより、ALSA 3.0 の従来法である 10/5/3 クラスのシナリオを、そのクラスをカテゴリ型素因として実行できる。&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;等間隔分類&lt;/b&gt;: 最小値から最大値までを等しい幅の n クラスに分割。&lt;/li&gt;&lt;li&gt;&lt;b&gt;等量分類&lt;/b&gt;: 各クラスのセル数がほぼ等しくなるよう分割。同値が多いと区分境界が重なり、空のクラスが生じることがある。&lt;/li&gt;&lt;li&gt;&lt;b&gt;自然分類（Jenks）&lt;/b&gt;: Fisher の最適分割（クラス内平方和を最小化）。異なる値が 2000 個以下なら全値について厳密に、それ以上なら 2000 個の等幅ビンについて計算する。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;クラス k は (break&lt;sub&gt;k−1&lt;/sub&gt;, break&lt;sub&gt;k&lt;/sub&gt;] の値を含み、クラス 1 は最小値も含む。出力は入力と同じグリッド（リサンプリングなし）で、クラスコード 1…n、NoData 0、データ型は Byte（n ≤ 255）または UInt16。読み込むのは第 1 バンドのみで、その NoData セルは NoData のまま。区分境界はログと BREAKS 出力に記録される。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Reclassify a continuous raster</source>
            <translation>連続型ラスタの再分類</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Continuous raster</source>
            <translation>連続型ラスタ</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>The raster to classify.</source>
            <translation>分類するラスタ。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Number of classes</source>
            <translation>クラス数</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>A whole number, 2–{max}; the paper's conventional scenarios use 10, 5 and 3.</source>
            <translation>2～{max} の整数。論文の従来法シナリオでは 10、5、3 を使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Classification</source>
            <translation>分類</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>How the breaks are placed: equal interval, quantile or natural breaks (Jenks).</source>
            <translation>区分境界の決め方: 等間隔分類、等量分類、自然分類（Jenks）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Classes</source>
            <translation>クラス</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>The class raster (GeoTIFF); it may not be the input raster.</source>
            <translation>クラスラスタ（GeoTIFF）。入力ラスタと同じファイルは指定できない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Class breaks (comma separated, min to max)</source>
            <translation>区分境界値（カンマ区切り、最小から最大へ）</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>INPUT: choose a raster layer.</source>
            <translation>INPUT: ラスタレイヤを選択。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>OUTPUT: the classes are written as a GeoTIFF; use a .tif file name.</source>
            <translation>OUTPUT: クラスは GeoTIFF として書き出される。.tif のファイル名を使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Breaks ({method}): {breaks}</source>
            <translation>区分境界（{method}）: {breaks}</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Some classes are empty (tied values); consider fewer classes.</source>
            <translation>空のクラスがある（同値が多い）。クラス数を減らすことを検討。</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>Report</source>
            <translation>レポート</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML ファイル (*.html)</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>Report figures at 300 dpi</source>
            <translation>レポートの図を 300 dpi で出力</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>OUTPUT_REPORT: the report is an HTML file; use a .html file name.</source>
            <translation>OUTPUT_REPORT: レポートは HTML ファイル。.html のファイル名を使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>&lt;p&gt;Writes the built-in synthetic study area (400 × 500 cells of 10 m, EPSG:32617) to a folder, so every ALSA tool can be tried at once:&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;slope.tif&lt;/b&gt; (degrees, 0 on flat cells), &lt;b&gt;factor01–03.tif&lt;/b&gt;: continuous factors (Float32);&lt;/li&gt;&lt;li&gt;&lt;b&gt;classes00.tif&lt;/b&gt;: a classified factor (Byte, classes from 1, nodata 0);&lt;/li&gt;&lt;li&gt;&lt;b&gt;dem.tif&lt;/b&gt;: an elevation model whose slope (e.g. from &lt;i&gt;Slope&lt;/i&gt;) is close to slope.tif;&lt;/li&gt;&lt;li&gt;&lt;b&gt;landslides.gpkg&lt;/b&gt;: the landslide inventory, about 1 % of the cells, as polygons.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;The data are deterministic: every run writes the same files. Existing files are never overwritten: choose an empty or new folder.&lt;/p&gt;
&lt;p&gt;Try it: &lt;i&gt;Certainty factor&lt;/i&gt; with LANDSLIDES = landslides, CONTINUOUS_FACTORS = slope and factor01–03, CLASSIFIED_FACTORS = classes00, OPTIMIZE on and FLAT_SLOPE = slope.&lt;/p&gt;</source>
            <translation>&lt;p&gt;組み込みの合成対象領域（10 m セル 400 × 500、EPSG:32617）をフォルダに書き出し、ALSA のすべてのツールをすぐに試せるようにする:&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;slope.tif&lt;/b&gt;（度、平坦なセルは 0）、&lt;b&gt;factor01–03.tif&lt;/b&gt;: 連続型素因（Float32）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;classes00.tif&lt;/b&gt;: カテゴリ型素因（Byte、クラスは 1 から、NoData 0）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;dem.tif&lt;/b&gt;: 標高モデル。その傾斜（例: &lt;i&gt;傾斜（slope）&lt;/i&gt;で算出）は slope.tif に近い。&lt;/li&gt;&lt;li&gt;&lt;b&gt;landslides.gpkg&lt;/b&gt;: 斜面崩壊インベントリ（ポリゴン、セルの約 1 %）。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;データは決定論的で、毎回同じファイルが書き出される。既存のファイルは上書きしないため、空または新規のフォルダを選択すること。&lt;/p&gt;
&lt;p&gt;試し方: &lt;i&gt;確信度&lt;/i&gt;で LANDSLIDES = landslides、CONTINUOUS_FACTORS = slope と factor01–03、CLASSIFIED_FACTORS = classes00、OPTIMIZE を有効、FLAT_SLOPE = slope とする。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Write sample data</source>
            <translation>サンプルデータの書き出し</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Folder for the sample data</source>
            <translation>サンプルデータの出力先フォルダ</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>A new or empty folder; files already there are never overwritten.</source>
            <translation>新規または空のフォルダ。既存のファイルは上書きしない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Landslide polygons</source>
            <translation>斜面崩壊ポリゴン</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Elevation model</source>
            <translation>標高モデル</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Slope factor</source>
            <translation>傾斜素因</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>All factors</source>
            <translation>全素因</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Continuous factors</source>
            <translation>連続型素因</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Classified factors</source>
            <translation>カテゴリ型素因</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Sample data written to {folder}</source>
            <translation>サンプルデータを {folder} に書き出した</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslide cells (ALSA's default)</source>
            <translation>崩壊セル（ALSA の既定）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Whole landslides (no landslide on both sides)</source>
            <translation>斜面崩壊単位（両側にまたがる斜面崩壊なし）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Training ratio</source>
            <translation>学習比率</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Split the landslides by</source>
            <translation>斜面崩壊の分割単位</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslide weight field (points)</source>
            <translation>斜面崩壊の重みフィールド（ポイント）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Polygons mark every cell they touch</source>
            <translation>ポリゴンが接触するすべてのセルを対象にする</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Separate test landslides</source>
            <translation>別の検証用の斜面崩壊</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Factor names (comma-separated)</source>
            <translation>素因名（カンマ区切り）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Processing extent</source>
            <translation>処理範囲</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Study-area mask polygons</source>
            <translation>対象領域マスクのポリゴン</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Cell size (default: the first factor's)</source>
            <translation>セルサイズ（既定: 先頭の素因と同じ）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Slope raster for the flat-area constraint</source>
            <translation>平坦地制約に用いる傾斜ラスタ</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label} {layer_name!r} is not a file GDAL can read (provider {layer_providerType}); save it as a GeoTIFF first</source>
            <translation>{label} {layer_name!r} は GDAL で読めるファイルではない（プロバイダ {layer_providerType}）。先に GeoTIFF として保存</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: the layer {layer_name!r} has no CRS; set it in QGIS (Layer Properties ▸ Source) or assign one to the file (Raster ▸ Projections ▸ Assign Projection)</source>
            <translation>{label}: レイヤ {layer_name!r} に CRS がない。QGIS で設定する（レイヤのプロパティ ▸ ソース）か、ファイルに CRS を設定（ラスタ ▸ 投影法 ▸ 投影法（CRS）を設定）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>factor {name!r} is named after a temporary output ({source}); set FACTOR_NAMES to give the factors readable names</source>
            <translation>素因 {name!r} は一時出力（{source}）にちなんだ名前である。読みやすい名前を付けるには FACTOR_NAMES を設定する</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>FACTOR_NAMES: {n} names for {count} factors; give one name per factor, comma-separated, the continuous factors first, then the classified factors</source>
            <translation>FACTOR_NAMES: 素因 {count} 個に対して名前が {n} 個である。素因ごとに 1 つ、カンマ区切りで、連続型素因、次に分類型素因の順に指定する</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>FACTOR_NAMES: a name is empty; give one name per factor, comma-separated</source>
            <translation>FACTOR_NAMES: 空の名前がある。素因ごとに 1 つ、カンマ区切りで指定する</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>FACTOR_NAMES: {names} given more than once (as file names); give every factor its own name</source>
            <translation>FACTOR_NAMES: {names} が（ファイル名として）複数回指定されている。素因ごとに別の名前を付ける</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: classified factor</source>
            <translation>{key}: カテゴリ型素因</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: continuous factor</source>
            <translation>{key}: 連続型素因</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: the layer {layer_name!r} has no valid CRS; set its CRS first</source>
            <translation>{label}: レイヤ {layer_name!r} に有効な CRS がない。先に CRS を設定</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: its CRS {authid} cannot be transformed to {crs_authid}; reproject it first</source>
            <translation>{label}: CRS {authid} を {crs_authid} に変換できない。先に再投影</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: could not transform the features to {crs_authid} ({msg})</source>
            <translation>{label}: 地物を {crs_authid} に変換できなかった（{msg}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>point</source>
            <translation>ポイント</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>line</source>
            <translation>ライン</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>polygon</source>
            <translation>ポリゴン</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>geometry-less</source>
            <translation>ジオメトリなし</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>MASK: the layer holds {kind} features; the study-area mask must be polygons (or leave MASK empty)</source>
            <translation>MASK: レイヤの地物のジオメトリ型が {kind}。対象領域マスクはポリゴンでなければならない（または MASK を空欄に）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>MASK: the layer (or its selection) holds no polygon</source>
            <translation>MASK: レイヤ（またはその選択）にポリゴンがない</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: reprojected from {crs} to {grid_crs}</source>
            <translation>{key}: {crs} から {grid_crs} へ再投影</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; its numeric fields are {numeric} (or leave WEIGHT_FIELD empty: every point counts as one landslide cell)</source>
            <translation>WEIGHT_FIELD: レイヤ {layer!r} にフィールド {field!r} がない。数値フィールドは {numeric}（または WEIGHT_FIELD を空欄にすると、各ポイントを 1 つの崩壊セルとして数える）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; it has no numeric field (or leave WEIGHT_FIELD empty: every point counts as one landslide cell)</source>
            <translation>WEIGHT_FIELD: レイヤ {layer!r} にフィールド {field!r} がなく、数値フィールドもない（または WEIGHT_FIELD を空欄にすると、各ポイントを 1 つの崩壊セルとして数える）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: {value} points of {layer_name!r} have a negative weight in {weight!r}; weights count landslide cells and must be 0 or more</source>
            <translation>WEIGHT_FIELD: {layer_name!r} の {value} 個のポイントで {weight!r} の重みが負。重みは崩壊セルの数を表すため、0 以上でなければならない</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: every weight in {weight!r} of {layer_name!r} is 0 or NULL, so no landslide is left; choose another field or leave WEIGHT_FIELD empty</source>
            <translation>WEIGHT_FIELD: {layer_name!r} の {weight!r} の重みがすべて 0 または NULL のため、斜面崩壊が残らない。別のフィールドを選択するか、WEIGHT_FIELD を空欄にすること</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {missing} of {values} points have a NULL {weight!r} and are left out (weight 0)</source>
            <translation>{key}: ポイント {values} 個のうち {missing} 個の {weight!r} が NULL のため除外（重み 0）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {zero} of {values} points have weight 0 in {weight!r} and count for nothing</source>
            <translation>{key}: ポイント {values} 個のうち {zero} 個の {weight!r} が 0 のため、数に入らない</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD applies to point layers; {key} {layer_name!r} is a raster: clear WEIGHT_FIELD</source>
            <translation>WEIGHT_FIELD はポイントレイヤに適用される。{key} {layer_name!r} はラスタのため、WEIGHT_FIELD を空欄にすること</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {layer_name!r} is neither a vector nor a raster layer</source>
            <translation>{key}: {layer_name!r} はベクタレイヤでもラスタレイヤでもない</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: the layer {layer_name!r} holds {kind} features; landslides are points, polygons or a 0/1 raster (buffer lines into polygons first)</source>
            <translation>{key}: レイヤ {layer_name!r} の地物のジオメトリ型が {kind}。斜面崩壊はポイント、ポリゴン、または 0/1 ラスタで指定（ラインは先にバッファでポリゴンに変換）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: the layer {layer_name!r} has no feature</source>
            <translation>{key}: レイヤ {layer_name!r} に地物がない</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD applies to point layers; {key} {layer_name!r} holds polygons: clear WEIGHT_FIELD</source>
            <translation>WEIGHT_FIELD はポイントレイヤに適用される。{key} {layer_name!r} はポリゴンのため、WEIGHT_FIELD を空欄にすること</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>LANDSLIDES: choose a landslide point, polygon or 0/1 raster layer.</source>
            <translation>LANDSLIDES: 斜面崩壊のポイント、ポリゴン、または 0/1 ラスタレイヤを選択。</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>TEST_LANDSLIDES is the same layer as LANDSLIDES: every landslide trains and tests, so the prediction rate only repeats the fit (the success rate); give newer or separate events, or leave TEST_LANDSLIDES empty and use TRAIN_RATIO</source>
            <translation>TEST_LANDSLIDES が LANDSLIDES と同じレイヤ: すべての斜面崩壊が学習と検証の両方に使われるため、予測率は当てはまり（成功率）の繰り返しにすぎない。より新しいまたは別の崩壊イベントを指定するか、TEST_LANDSLIDES を空欄にして TRAIN_RATIO を使用すること</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>No factor: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS.</source>
            <translation>素因がない: CONTINUOUS_FACTORS または CLASSIFIED_FACTORS にラスタを少なくとも 1 つ追加。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Cumulative landslide share (SHARES)</source>
            <translation>斜面崩壊の累積割合（SHARES）</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>&lt;p&gt;Cuts any susceptibility raster (an ALSA LSI, a model's probability, a map from other software; higher values = more susceptible) into zones from &lt;b&gt;very low&lt;/b&gt; to &lt;b&gt;very high&lt;/b&gt;, on the raster's own grid, and tabulates the share of area and of landslides in each zone.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;Natural breaks (Jenks)&lt;/b&gt;, &lt;b&gt;quantile&lt;/b&gt;, &lt;b&gt;equal interval&lt;/b&gt;: N_ZONES zones over the ranked cells (as alsa:reclassify); zone k holds the values in (lower, upper], zone 1 also the minimum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cumulative landslide share&lt;/b&gt;: with SHARES = 50,75,90,95 the edges are the raster values at which the success-rate curve reaches 50, 75, 90 and 95 % of the training landslides (LANDSLIDES). Edge t for share s is the highest value such that the landslides on cells with a value ≥ t hold at least s of the landslide weight. The zones are: value ≥ t&lt;sub&gt;50&lt;/sub&gt; (very high), t&lt;sub&gt;75&lt;/sub&gt; ≤ value &amp;lt; t&lt;sub&gt;50&lt;/sub&gt;, …, value &amp;lt; t&lt;sub&gt;95&lt;/sub&gt; (very low); there is one zone more than there are shares, and N_ZONES is not used. Cells tied at an edge all go up, so a zone may hold more than its share.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;The zone raster is Byte, zones 1 (lowest) … n (highest), nodata 0, with labels and colours. The table has one row per zone: zone, label, lower, upper, cells, area_share, train_landslide_share, test_landslide_share, density_ratio (landslide share / area share: the zone's frequency ratio), then the landslide weights and the test density ratio. Landslides count as in alsa:evaluate: a point counts as its weight; landslide cells on nodata or outside MASK drop out, and a warning says how many.&lt;/p&gt;
&lt;p&gt;Optional: an HTML report with the zone table, a map of the zones, the shares per zone and the rate curves.&lt;/p&gt;</source>
            <translation>&lt;p&gt;任意の感受性ラスタ（ALSA の LSI、モデルによる確率、他のソフトウェアによるマップなど。値が高いほど感受性が高い）を、ラスタ自身のグリッド上で&lt;b&gt;非常に低い&lt;/b&gt;から&lt;b&gt;非常に高い&lt;/b&gt;までの区分に分け、各区分の面積と斜面崩壊の割合を表にまとめる。&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;自然分類（Jenks）&lt;/b&gt;、&lt;b&gt;等量分類&lt;/b&gt;、&lt;b&gt;等間隔分類&lt;/b&gt;: 順位付けされたセルを N_ZONES 個の区分に分ける（alsa:reclassify と同様）。区分 k は (lower, upper] の値を含み、区分 1 は最小値も含む。&lt;/li&gt;&lt;li&gt;&lt;b&gt;斜面崩壊の累積割合&lt;/b&gt;: SHARES = 50,75,90,95 の場合、区分境界は、成功率曲線が学習用の斜面崩壊（LANDSLIDES）の 50、75、90、95 % に達するラスタ値となる。割合 s に対する境界 t は、値が t 以上のセル上の斜面崩壊が斜面崩壊の重みの s 以上を占めるような最大の値である。区分は、値 ≥ t&lt;sub&gt;50&lt;/sub&gt;（非常に高い）、t&lt;sub&gt;75&lt;/sub&gt; ≤ 値 &amp;lt; t&lt;sub&gt;50&lt;/sub&gt;、…、値 &amp;lt; t&lt;sub&gt;95&lt;/sub&gt;（非常に低い）。区分数は割合の数より 1 つ多く、N_ZONES は使用しない。境界の値と同値のセルはすべて上位の区分に入るため、区分がその割合より多くを含むことがある。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;区分ラスタは Byte 型で、区分 1（最低）… n（最高）、NoData 0、ラベルと色付き。表は区分ごとに 1 行で、列は zone、label、lower、upper、cells、area_share、train_landslide_share、test_landslide_share、density_ratio（斜面崩壊の割合 / 面積割合: その区分の頻度比）、続いて斜面崩壊の重みと検証用の密度比。斜面崩壊は alsa:evaluate と同じく数える: ポイントはその重みとして数え、NoData 上または MASK の外にある崩壊セルは除外され、その数が警告で示される。&lt;/p&gt;
&lt;p&gt;任意: 区分表、区分図、区分ごとの割合、率曲線を含む HTML レポート。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Optional test inventory (points, polygons or a 0/1 raster): its share per zone.</source>
            <translation>検証用インベントリ（任意、ポイント、ポリゴン、または 0/1 ラスタ）: 区分ごとのその割合を集計する。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Optional study-area polygons: cells whose centre lies outside get no zone.</source>
            <translation>対象領域ポリゴン（任意）: 中心が外側にあるセルには区分を割り当てない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Number of zones, {low}–{high} (5: very low, low, moderate, high, very high).</source>
            <translation>区分数、{low}～{high}（5: 非常に低い、低い、中程度、高い、非常に高い）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>How the zone edges are placed: natural breaks, quantile, equal interval or cumulative share.</source>
            <translation>区分境界の決め方: 自然分類、等量分類、等間隔分類、または累積割合。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Cumulative landslide share mode: increasing percentages of the training landslides, comma separated (e.g. 50,75,90,95 gives 5 zones).</source>
            <translation>斜面崩壊の累積割合モード: 学習用の斜面崩壊の割合（%）を小さい順にカンマ区切りで指定（例: 50,75,90,95 で 5 区分）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>The zone raster (GeoTIFF, Byte, zones 1…n, nodata 0).</source>
            <translation>区分ラスタ（GeoTIFF、Byte、区分 1…n、NoData 0）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>CSV file with one row per zone.</source>
            <translation>区分ごとに 1 行の CSV ファイル。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Number of zones</source>
            <translation>区分数</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Zone edges</source>
            <translation>区分境界</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Landslide shares (%)</source>
            <translation>斜面崩壊の割合（%）</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Zone table</source>
            <translation>区分表</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Number of zones written</source>
            <translation>書き出した区分数</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>zone {k} ({label}): {lower:g} – {upper:g}, {area:.1%} of the area, {share:.1%} of the landslides</source>
            <translation>区分 {k}（{label}）: {lower:g} – {upper:g}、面積の {area:.1%}、斜面崩壊の {share:.1%}</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells and two cores, LR, DT and RF as the bases took 9 minutes; the seven bases take more than an hour (estimated), and a KNN base needs the approximate search there (NEIGHBOUR_SEARCH).</source>
            <translation type="vanished">ベースモデル（BASE_MODELS：既定では論文と同じく他の 7 モデル）はそれぞれ既定の設定を用い，その折外確率でロジスティック回帰のメタモデルを学習させる（ML 論文の式 (13)–(14)）。その後ベースモデルを学習用サンプリング設計全体で当てはめ直す。最も遅いモデルで，各ベースモデルを FOLDS + 1 回当てはめ，各ベースモデルがすべてのセルを予測する。論文規模の 2000 万セルの地図と 2 コアでは，LR，DT，RF をベースモデルとして 9 分かかった。7 つのベースモデルでは 1 時間以上かかり（推定），その場合 KNN ベースモデルには近似探索（NEIGHBOUR_SEARCH）が必要である。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>&lt;p&gt;Machine-learning models and bivariate methods side by side on one split: the ML paper's Table 3 (models, Hokkaido) next to Table 4 of Li &amp;amp; Lan 2023 (methods). Every chosen model and method runs as its own algorithm would (alsa:randomforest, alsa:certaintyfactor …), with the same SEED for all, so all of them use the same grid, valid cells and training/test landslides; when SEED is empty one seed is drawn and written to the log.&lt;/p&gt;
&lt;p&gt;They are compared on what they share: the success and prediction rates of the full map (the probability of a model, the LSI of a method, ranked over the same valid cells against the same landslides) and the ROC AUC of the map. The models' ROC AUC on their training and test designs (TRAIN_DESIGN, TEST_DESIGN) and the methods' bin width are given as well. Models use their default hyperparameters; the methods share PRECISION, BIN_WIDTH, OPTIMIZE and OPT_PRECISION.&lt;/p&gt;
&lt;p&gt;Written to the output folder: every item's own outputs under its own name (e.g. Probability_RF_Po2-Po1_S1.tif, LSI_CF_P3_W0.1.tif, their rates, tables and logs), the table &lt;code&gt;Compare_models.csv&lt;/code&gt; (or OUTPUT_TABLE: one row per item, best first by prediction rate, by success rate without a test set) and &lt;code&gt;Compare_models_log.json&lt;/code&gt; (the seed, the settings, every item's log and results). Nothing is written if any item fails or the run is cancelled. The raster of the best item is added to the project.&lt;/p&gt;</source>
            <translation type="vanished">&lt;p&gt;機械学習モデルと二変量手法を一つの訓練/テスト分割の上で並べて比較する：機械学習論文の表 3（モデル、北海道）と Li &amp;amp; Lan 2023 の表 4（手法）を並べたものである。選んだ各モデルと各手法はそれぞれのアルゴリズム（alsa:randomforest、alsa:certaintyfactor …）と同じように、すべて同じ SEED で実行されるため、同じグリッド、有効セル、訓練/テスト斜面崩壊を用いる。SEED が空のときは一つのシードを抽選してログに書き込む。&lt;/p&gt;
&lt;p&gt;比較は共通するものに基づく：地図全体の成功率と予測率（モデルの確率、手法の LSI を、同じ有効セル上で同じ斜面崩壊に対して順位付けしたもの）および地図の ROC AUC である。モデルの訓練デザインとテストデザイン（TRAIN_DESIGN、TEST_DESIGN）上の ROC AUC と手法のビン幅も示す。モデルは既定のハイパーパラメータを用い、手法は PRECISION、BIN_WIDTH、OPTIMIZE、OPT_PRECISION を共有する。&lt;/p&gt;
&lt;p&gt;出力フォルダに書き出すもの：各項目自身の名前による出力（例：Probability_RF_Po2-Po1_S1.tif、LSI_CF_P3_W0.1.tif とその成功率/予測率曲線、表、ログ）、表 &lt;code&gt;Compare_models.csv&lt;/code&gt;（または OUTPUT_TABLE：項目ごとに一行、予測率の高い順、テストセットがないときは成功率の高い順）および &lt;code&gt;Compare_models_log.json&lt;/code&gt;（シード、設定、各項目のログと結果）。いずれかの項目が失敗するか実行が取り消されたときは何も書き出さない。最良の項目のラスタがプロジェクトに追加される。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells the seven bases take hours; fewer and faster bases (LR, DT, RF) and the approximate search for a KNN base (NEIGHBOUR_SEARCH) bring it to minutes.</source>
            <translation type="vanished">ベースモデル（BASE_MODELS：既定では論文と同じく他の 7 モデル）はそれぞれ既定の設定を用い，その折外確率でロジスティック回帰のメタモデルを学習させる（ML 論文の式 (13)–(14)）。その後ベースモデルを学習用サンプリング設計全体で当てはめ直す。最も遅いモデルで，各ベースモデルを FOLDS + 1 回当てはめ，各ベースモデルがすべてのセルを予測する。論文規模の 2000 万セルの地図では 7 つのベースモデルで数時間かかる。より少なく速いベースモデル（LR，DT，RF）と KNN ベースモデルの近似探索（NEIGHBOUR_SEARCH）により数分に短縮できる。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs one or more base models, each once, and stacking cannot be one of them; got {bases}</source>
            <translation type="vanished">スタッキングには 1 つ以上のベースモデルが必要で，各モデルは 1 回だけであり，スタッキング自体はベースモデルにできない。指定は {bases} である</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs at least one base model, and stacking cannot be one of them</source>
            <translation type="vanished">スタッキングには少なくとも 1 つのベースモデルが必要であり、スタッキング自体はベースモデルにできない</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The seven other models with their default settings are the base models; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times.</source>
            <translation type="vanished">他の 7 モデル（既定の設定）がベースモデルで，その折外確率でロジスティック回帰のメタモデルを学習させる（ML 論文の式 (13)–(14)）。その後ベースモデルを学習用サンプリング設計全体で当てはめ直す。最も遅いモデルで，各ベースモデルを FOLDS + 1 回当てはめる。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The share of landslide cells among the k nearest training cells, by the Minkowski distance with p = 2 (ML paper formula (8)); k = 100, the paper's best (§5.2).</source>
            <translation type="vanished">最も近い k 個の学習用セルに占める斜面崩壊セルの割合で，距離は p = 2 のミンコフスキー距離である（ML 論文の式 (8)）。k = 100 は論文の最良値である（§5.2）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>splitting landslides</source>
            <translation type="vanished">斜面崩壊を分割中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslide objects: shape {shape} differs from the factors' shape {expected}</source>
            <translation type="vanished">斜面崩壊オブジェクト: 形状 {shape} が素因の形状 {expected} と異なる</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{n} classes: the valid cells or the training/test split differ from the optimal scenario; the scenarios would not be comparable</source>
            <translation type="vanished">{n} クラス: 有効セルまたは学習用/検証用の分割が最適化シナリオと異なる。シナリオ間の比較ができない</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>A separate test inventory (e.g. newer events). Then every landslide of LANDSLIDES trains and TRAIN_RATIO is not used.</source>
            <translation type="vanished">別の検証用インベントリ（例: より新しい崩壊イベント）。この場合、LANDSLIDES の斜面崩壊はすべて学習に使用し、TRAIN_RATIO は使用しない。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Share of landslide cells used for training, 0.01–1 (0.7 = 70:30; 1 = no test set).</source>
            <translation type="vanished">学習に使用する崩壊セルの割合、0.01～1（0.7 = 70:30、1 = 検証用データなし）。</translation>
        </message>
    </context>
    <context>
        <name>AlsaDialog</name>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>ALSA — landslide susceptibility</source>
            <translation>ALSA — 斜面崩壊感受性</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>1. Landslide data</source>
            <translation>1. 斜面崩壊データ</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Landslides</source>
            <translation>斜面崩壊</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add a landslide layer from a file</source>
            <translation>ファイルから斜面崩壊レイヤを追加</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Weight field (points)</source>
            <translation>重みフィールド（ポイント）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Training ratio</source>
            <translation>学習比率</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Pseudo random, seed</source>
            <translation>疑似乱数、シード</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Split by</source>
            <translation>分割の単位</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Whole landslides: every landslide (polygon, point or raster patch) goes to one side, so no landslide is both trained on and tested on</source>
            <translation>斜面崩壊単位: 各斜面崩壊（ポリゴン、ポイント、ラスタのパッチ）をどちらか一方に割り当てるため、同じ斜面崩壊が学習と検証の両方に使われることはない</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Separate test landslides</source>
            <translation>別の検証用の斜面崩壊</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>2. Predisposing factors</source>
            <translation>2. 素因</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Classified</source>
            <translation>カテゴリ型</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Factor</source>
            <translation>素因</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add layer</source>
            <translation>レイヤを追加</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add files…</source>
            <translation>ファイルを追加…</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Move up (the first factor sets the grid)</source>
            <translation>上に移動（先頭の素因がグリッドを決める）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Move down</source>
            <translation>下に移動</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>3. Processing extent</source>
            <translation>3. 処理範囲</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Extent of layer</source>
            <translation>範囲の基準レイヤ</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Mask polygons</source>
            <translation>マスクポリゴン</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Selected features only</source>
            <translation>選択した地物のみ</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>4. Processing parameters</source>
            <translation>4. 処理パラメータ</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cell size</source>
            <translation>セルサイズ</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Bin width</source>
            <translation>ビン幅</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>5. Method or model</source>
            <translation>5. 手法またはモデル</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Models</source>
            <translation>モデル</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The models to compare, each with its default settings</source>
            <translation>比較するモデル（それぞれ既定の設定を用いる）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Bivariate methods</source>
            <translation>二変量解析手法</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The bivariate methods to compare, with the precision, bin width and optimisation set below</source>
            <translation>比較する二変量解析手法（下で設定する精度、ビン幅、最適化を用いる）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Training design</source>
            <translation>学習用サンプリング設計</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The cells the model is trained on, from the training landslides (ML paper §3); Po2 is the paper's choice</source>
            <translation>モデルの学習に用いるセルであり、学習用斜面崩壊から取る（機械学習論文 §3）。論文は Po2 を用いる</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Test design</source>
            <translation>検証用サンプリング設計</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The cells the model is tested on (ROC, confusion matrix, importance), from the test landslides; Po1 is the paper's choice</source>
            <translation>モデルの検証（ROC、混同行列、重要度）に用いるセルであり、検証用斜面崩壊から取る。論文は Po1 を用いる</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cells of a Po1 design</source>
            <translation>Po1 サンプリング設計のセル数</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Po2: minimum spacing of landslide cells (cells)</source>
            <translation>Po2：斜面崩壊セルの最小間隔（セル）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Base models</source>
            <translation>ベースモデル</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The models stacking combines, each with its default settings; the paper's seven by default</source>
            <translation>スタッキングが組み合わせるモデル（それぞれ既定の設定）。既定は論文の 7 モデル</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Neighbour search</source>
            <translation>近傍探索</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>How KNN finds its k nearest training cells: exact, or approximate for large maps</source>
            <translation>KNN が k 個の最近傍の訓練セルを探す方法：厳密、または大きな地図向けの近似</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>6. Optimisation</source>
            <translation>6. 最適化</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Optimise the bin width</source>
            <translation>ビン幅を最適化</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Optimisation precision</source>
            <translation>最適化精度</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>7. Output</source>
            <translation>7. 出力</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add the favourability rasters to the map</source>
            <translation>適合度ラスタを地図に追加</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Write an HTML report (Report_….html in the output folder)</source>
            <translation>HTML レポートを書き出す（出力フォルダの Report_….html）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Settings, rate curves, favourability plots, decisiveness and tables in one page with its figures; opened from the link after the run</source>
            <translation>設定、成功率・予測率曲線、適合度グラフ、決定度、表を図とともに 1 ページにまとめる。実行後にリンクから開く</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Run</source>
            <translation>実行</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>ALSA — landslide susceptibility (bivariate methods)</source>
            <translation type="vanished">ALSA — 斜面崩壊感受性（二変量解析手法）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>5. Method</source>
            <translation type="vanished">5. 手法</translation>
        </message>
    </context>
</TS>
