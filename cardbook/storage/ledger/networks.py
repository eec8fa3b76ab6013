"""Networks (clubs, chambers, alumni...): create, update, archive, delete one made by mistake, list.
(Events, which belong to a network or to none, are in events.py.)

Networks are archived rather than deleted: a club the user left still explains where old contacts came from
and what it brought (the network report keeps showing it). Only a network without events can be deleted
(one created by mistake).
"""

from __future__ import annotations

from sqlalchemy import func, select

from cardbook.domain.network import Network
from cardbook.domain.text import counted
from cardbook.storage.convert import network_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import EventRow, NetworkRow


def save_network(library: Library, network: Network) -> Network:
    name = " ".join(network.name.split())
    if not name:
        raise ValidationError("A network needs a name.")
    if network.yearly_cost is not None and network.yearly_cost < 0:
        raise ValidationError("A network's yearly cost cannot be negative.")
    if network.member_since and network.member_until and network.member_until < network.member_since:
        raise ValidationError("A membership cannot end before it starts.")
    with library.writing() as session:
        # SQLite's lower() folds ASCII only, so names are compared in Python (networks are few).
        for other_id, other_name in session.execute(select(NetworkRow.id, NetworkRow.name)):
            if other_name.casefold() == name.casefold() and other_id != network.id:
                raise ValidationError(f"A network named “{name}” already exists.")
        if network.id is None:
            row = NetworkRow()
            session.add(row)
        else:
            found = session.get(NetworkRow, network.id)
            if found is None:
                raise NotFoundError(f"no network with id {network.id}")
            row = found
        row.name = name
        row.kind = network.kind.value
        row.yearly_cost = network.yearly_cost
        row.member_since = network.member_since
        row.member_until = network.member_until
        row.notes = network.notes
        row.archived = network.archived
        session.flush()
        return network_from_row(row)


def list_networks(library: Library, include_archived: bool = True) -> list[Network]:
    with library.session() as session:
        query = select(NetworkRow).order_by(func.lower(NetworkRow.name))
        if not include_archived:
            query = query.where(NetworkRow.archived.is_(False))
        return [network_from_row(r) for r in session.scalars(query)]


def get_network(library: Library, network_id: int) -> Network:
    with library.session() as session:
        row = session.get(NetworkRow, network_id)
        if row is None:
            raise NotFoundError(f"no network with id {network_id}")
        return network_from_row(row)


def set_network_archived(library: Library, network_id: int, archived: bool = True) -> Network:
    """Archive (or bring back) a network: it leaves the pickers but keeps its events and its history."""
    with library.writing() as session:
        row = session.get(NetworkRow, network_id)
        if row is None:
            raise NotFoundError(f"no network with id {network_id}")
        row.archived = archived
        session.flush()
        return network_from_row(row)


def delete_network(library: Library, network_id: int) -> Network:
    """Delete a network that holds no event (one created by mistake). A network with events is archived
    instead: it explains where those contacts came from and what the membership brought."""
    with library.writing() as session:
        row = session.get(NetworkRow, network_id)
        if row is None:
            raise NotFoundError(f"no network with id {network_id}")
        events = session.scalar(select(func.count()).select_from(EventRow).where(EventRow.network_id == network_id))
        if events:
            raise ValidationError(
                f"“{row.name}” holds {counted(events, 'event')}: archive it instead, or move its events first."
            )
        network = network_from_row(row)
        session.delete(row)
        session.flush()
        return network


def restore_network(library: Library, network: Network) -> Network:
    """Undo `delete_network`: the network again, with its id."""
    with library.writing() as session:
        for other_id, other_name in session.execute(select(NetworkRow.id, NetworkRow.name)):
            if other_id == network.id or other_name.casefold() == network.name.casefold():
                raise ValidationError(f"A network named “{other_name}” exists already.")
        row = NetworkRow(
            id=network.id,
            name=network.name,
            kind=network.kind.value,
            yearly_cost=network.yearly_cost,
            member_since=network.member_since,
            member_until=network.member_until,
            notes=network.notes,
            archived=network.archived,
        )
        session.add(row)
        session.flush()
        return network_from_row(row)
