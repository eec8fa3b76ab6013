"""The ledger's item models keep Qt's model contract and show what the ledger services say."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cardbook.domain.enums import OfferedBy
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks
from cardbook.storage.library import Library
from cardbook.ui.ledger.event_cards_model import EventCardsModel
from cardbook.ui.ledger.events_model import EventsModel
from cardbook.ui.ledger.networks_model import NetworksModel, load_network_figures
from tests.ui.sample_library import Sample


def test_networks_model(qtmodeltester, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = NetworksModel()
    qtmodeltester.check(model)
    alumni = sample.networks["Alumni EM Lyon"]
    networks.set_network_archived(lib, alumni.id or 0)
    model.set_rows(load_network_figures(lib))
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][0] == "Alumni EM Lyon (archived)"
    assert rows[0][4:] == ["1", "50%"]
    assert rows[2][0] == "Club des Entrepreneurs Lyonnais"
    assert rows[2][2].startswith("480")
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # muted, and says "archived"
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.row_of(alumni.id or 0) == 0
    assert [n.network.name for n in load_network_figures(lib, include_archived=False)] == [
        "CCI Lyon Métropole",
        "Club des Entrepreneurs Lyonnais",
    ]


def test_events_model(qtmodeltester, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = EventsModel()
    qtmodeltester.check(model)
    model.set_rows(ledger_events.event_overviews(lib))
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(1, 6)] for r in range(model.rowCount())]
    assert rows[0] == [
        "Petit-déjeuner du Club",
        "Brasserie Georges, Lyon",
        "Club des Entrepreneurs Lyonnais",
        "5",
        "75%",
    ]
    assert rows[3] == ["Salon des Entrepreneurs", "Eurexpo", "", "3", "0%"]
    assert model.row_of(sample.events["Afterwork Alumni"].id or 0) == 2


def test_event_cards_model(qtmodeltester, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = EventCardsModel()
    qtmodeltester.check(model)
    page = ledger_events.event_page(lib, sample.events["Petit-déjeuner du Club"].id or 0)
    model.update_cards(page.cards)
    qtmodeltester.check(model)
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["Émilie Lefèvre", "Horizon Conseil", "met 2 times before", "Them", "Yes", "⇄ mutual"]
    assert model.index(2, EventCardsModel.EXCHANGE).data() == "→ they offered"
    assert model.flags(model.index(0, EventCardsModel.OFFERED)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, EventCardsModel.NAME)) & Qt.ItemFlag.ItemIsEditable

    requests: list[tuple[list[int], object, object]] = []
    model.tagsRequested.connect(lambda ids, offered, answered: requests.append((ids, offered, answered)))
    assert model.setData(model.index(0, EventCardsModel.OFFERED), "me")
    assert requests == [([page.cards[0].encounter.id], OfferedBy.ME, None)]
    assert not model.setData(model.index(0, EventCardsModel.NAME), "x")
    assert not model.setData(model.index(0, EventCardsModel.OFFERED), "nonsense")

    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.update_cards(page.cards)  # the same cards: updated in place
    assert resets == []
    model.update_cards(page.cards[:2])
    assert resets == [True]
    qtmodeltester.check(model)
