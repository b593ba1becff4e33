package dk.opdag.shell.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dk.opdag.shell.SignedIn;

/**
 * The frame around every signed-in page: the Opdag name, the menu, who is signed in, the language switch and
 * logout. The menu is the views marked {@code @Menu} (title = bundle key, order = place) that the user may open:
 * Vaadin's {@link MenuConfiguration} asks the same access control that guards navigation ({@code @RolesAllowed}),
 * so a role never sees a link it may not follow, and no list of links per role is kept by hand.
 *
 * <p>The menu is Vaadin's side navigation written as markup ({@link Markup}): the web components mark the current
 * page and route the links in the browser by themselves, so the Java components would only keep some 1.5 KB of
 * server state per link for every open page.
 */
@Layout
@AnonymousAllowed
@Uses(SideNav.class)
@Uses(SideNavItem.class)
public class MainLayout extends AppLayout {

    public MainLayout(SignedIn signedIn) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("opdag-brand");
        addToDrawer(brand);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("opdag-navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        Span spacer = new Span();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);

        signedIn.badge().ifPresent(badge -> {
            addToDrawer(menu());
            Span who = new Span(badge.displayName() + " · " + getTranslation(badge.roleKey()));
            who.addClassName("opdag-who");
            Button logout = new Button(getTranslation("shell.logout"), e -> signedIn.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(who, logout);
        });
        bar.add(new LanguageSwitch());
        addToNavbar(toggle, bar);
    }

    private Html menu() {
        org.jsoup.nodes.Element nav = Markup.root("vaadin-side-nav");
        nav.appendElement("span").attr("slot", "label").text(getTranslation("shell.menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.appendElement("vaadin-side-nav-item").attr("path", entry.path().replaceFirst("^/", ""))
                    .text(getTranslation(entry.title()));
        }
        return Markup.html(nav);
    }
}
